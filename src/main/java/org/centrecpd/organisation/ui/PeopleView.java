package org.centrecpd.organisation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.centrecpd.base.ui.Lazy;
import org.centrecpd.organisation.service.CentreService;
import org.centrecpd.organisation.service.PeopleService;
import org.centrecpd.organisation.service.PersonRow;
import org.centrecpd.organisation.service.StructureService;
import org.centrecpd.security.AccountService;
import org.centrecpd.security.Role;

/** Admin: everyone, with where they work today; open a person to edit them or move them. */
@Route("admin/people")
@Menu(title = "nav.people", order = 60, icon = "vaadin:users")
@RolesAllowed(Role.ADMIN_NAME)
public class PeopleView extends VerticalLayout implements HasDynamicTitle {

    private final PeopleService people;
    private final CentreService centres;
    private final StructureService structure;
    private final AccountService accounts;
    private final TextField filter = new TextField();
    private final Grid<PersonRow> grid = new Grid<>(PersonRow.class, false);

    public PeopleView(PeopleService people, CentreService centres, StructureService structure, AccountService accounts) {
        this.people = people;
        this.centres = centres;
        this.structure = structure;
        this.accounts = accounts;
        setSizeFull();
        filter.setLabel(getTranslation("people.filter"));
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.setClearButtonVisible(true);
        filter.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        Button add = new Button(getTranslation("people.new"), VaadinIcon.PLUS.create(), e -> open(null));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout toolbar = new HorizontalLayout(filter, add);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        toolbar.setWrap(true);

        grid.addColumn(PersonRow::fullName).setHeader(getTranslation("person.name")).setFlexGrow(2);
        grid.addColumn(PersonRow::email).setHeader(getTranslation("person.email")).setFlexGrow(2);
        grid.addColumn(p -> getTranslation(p.jobRole().key())).setHeader(getTranslation("person.jobRole"));
        grid.addColumn(p -> p.centres() > 1 ? getTranslation("person.centres.more", p.centre(), p.centres() - 1) : p.centre())
            .setHeader(getTranslation("person.centre")).setFlexGrow(2);
        grid.setItems(q -> people.rows(filter.getValue(), Lazy.page(q)).stream(),
            q -> (int) people.count(filter.getValue()));
        grid.addItemClickListener(e -> open(e.getItem().id()));
        grid.setAriaLabel(getTranslation("people.grid"));
        grid.setId("people-grid");
        add(toolbar, grid);
    }

    private void open(Long personId) {
        new PersonDialog(people, centres, structure, accounts, personId == null ? null : people.load(personId),
            () -> grid.getDataProvider().refreshAll()).open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.people");
    }
}
