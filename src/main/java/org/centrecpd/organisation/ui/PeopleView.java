package org.centrecpd.organisation.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.centrecpd.base.ui.FilteredList;
import org.centrecpd.organisation.service.CentreService;
import org.centrecpd.organisation.service.PeopleService;
import org.centrecpd.organisation.service.Remits;
import org.centrecpd.organisation.service.PersonDetails;
import org.centrecpd.organisation.domain.PersonRow;
import org.centrecpd.organisation.service.StructureService;
import org.centrecpd.organisation.service.Workplaces;
import org.centrecpd.security.AccountService;
import org.centrecpd.security.InvitationService;
import org.centrecpd.security.Role;

/** Admin: everyone, with where they work today; open a person to edit them, move them, give a sign-in. */
@Route("admin/people")
@Menu(title = "nav.people", order = 60, icon = "vaadin:users")
@RolesAllowed(Role.ADMIN_NAME)
public class PeopleView extends VerticalLayout implements HasDynamicTitle, PersonDialog.PersonActions {

    private final PeopleService people;
    private final Workplaces workplaces;
    private final Remits remits;
    private final CentreService centres;
    private final StructureService structure;
    private final AccountService accounts;
    private final InvitationService invitations;
    private final FilteredList<PersonRow> list;

    public PeopleView(PeopleService people, Workplaces workplaces, Remits remits, CentreService centres, StructureService structure,
                      AccountService accounts, InvitationService invitations) {
        this.invitations = invitations;
        this.people = people;
        this.workplaces = workplaces;
        this.remits = remits;
        this.centres = centres;
        this.structure = structure;
        this.accounts = accounts;
        setSizeFull();
        list = new FilteredList<>(PersonRow.class, getTranslation("people.filter"), people::rows, people::count)
            .withPrimaryAction(getTranslation("people.new"), () -> open(PersonDetails.blank()))
            .onOpen(row -> open(people.details(row.id())));
        var grid = list.grid();
        grid.addColumn(PersonRow::fullName).setHeader(getTranslation("person.name")).setFlexGrow(2).setFrozen(true);
        grid.addColumn(PersonRow::email).setHeader(getTranslation("person.email")).setFlexGrow(2);
        grid.addColumn(p -> getTranslation(p.jobRole().key())).setHeader(getTranslation("person.jobRole"));
        grid.addColumn(p -> p.centres() > 1 ? getTranslation("person.centres.more", p.centre(), p.centres() - 1) : p.centre())
            .setHeader(getTranslation("person.centre")).setFlexGrow(2);
        grid.setAriaLabel(getTranslation("people.grid"));
        grid.setId("people-grid");
        add(list);
    }

    private void open(PersonDetails details) {
        new PersonDialog(people, details, this, list::refresh).open();
    }

    @Override
    public void move(PersonDetails person) {
        new MoveDialog(workplaces, centres, person, list::refresh).open();
    }

    @Override
    public void signIn(PersonDetails person) {
        new SignInDialog(accounts, invitations, people, person).open();
    }

    @Override
    public void remit(PersonDetails person) {
        new RemitDialog(remits, structure, person).open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.people");
    }
}
