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
import org.centrecpd.organisation.service.CentreRow;
import org.centrecpd.organisation.service.CentreService;
import org.centrecpd.organisation.service.StructureService;
import org.centrecpd.security.Role;

/** Admin: every centre with today's provider and group; open one to edit it or recommission it. */
@Route("admin/centres")
@Menu(title = "nav.centres", order = 50, icon = "vaadin:building")
@RolesAllowed(Role.ADMIN_NAME)
public class CentresView extends VerticalLayout implements HasDynamicTitle {

    private final CentreService centres;
    private final StructureService structure;
    private final TextField filter = new TextField();
    private final Grid<CentreRow> grid = new Grid<>(CentreRow.class, false);

    public CentresView(CentreService centres, StructureService structure) {
        this.centres = centres;
        this.structure = structure;
        setSizeFull();

        filter.setLabel(getTranslation("centres.filter"));
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.setClearButtonVisible(true);
        filter.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        Button add = new Button(getTranslation("centres.new"), VaadinIcon.PLUS.create(), e -> openNew());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout toolbar = new HorizontalLayout(filter, add);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        toolbar.setWrap(true);

        grid.addColumn(CentreRow::name).setHeader(getTranslation("centre.name")).setFlexGrow(2);
        grid.addColumn(CentreRow::localAuthority).setHeader(getTranslation("centre.localAuthority"));
        grid.addColumn(CentreRow::provider).setHeader(getTranslation("centre.provider")).setFlexGrow(2);
        grid.addColumn(CentreRow::group).setHeader(getTranslation("centre.group"));
        grid.setItems(q -> centres.rows(filter.getValue(), Lazy.page(q)).stream(),
            q -> (int) centres.count(filter.getValue()));
        grid.addItemClickListener(e -> openExisting(e.getItem().id()));
        grid.setAriaLabel(getTranslation("centres.grid"));
        grid.setId("centres-grid");
        add(toolbar, grid);
    }

    private void openExisting(long centreId) {
        new CentreDialog(centres, structure, centres.load(centreId), () -> grid.getDataProvider().refreshAll()).open();
    }

    private void openNew() {
        new CentreDialog(centres, structure, null, () -> grid.getDataProvider().refreshAll()).open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.centres");
    }
}
