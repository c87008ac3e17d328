package org.centrecpd.security;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.util.List;
import org.centrecpd.base.ui.Dates;
import org.centrecpd.base.ui.Feedback;
import org.centrecpd.base.ui.FilteredList;
import org.centrecpd.base.ui.FormDialog;

/**
 * Invitations, for admins (everyone) and centre managers (their staff): who works here and has no
 * sign-in yet (invite some, or everyone), and who was invited and has not yet chosen a password
 * (send again).
 */
@Route("invitations")
@Menu(title = "nav.invitations", order = 61, icon = "vaadin:envelope-o")
@RolesAllowed({Role.ADMIN_NAME, Role.CENTRE_MANAGER_NAME})
public class InvitationsView extends VerticalLayout implements HasDynamicTitle {

    private final InvitationService invitations;
    private final FilteredList<PeopleDirectory.Invitee> uninvited;
    private final FilteredList<PeopleDirectory.PendingInvitation> pending;

    public InvitationsView(InvitationService invitations) {
        this.invitations = invitations;
        setSizeFull();

        uninvited = new FilteredList<>(PeopleDirectory.Invitee.class, getTranslation("invite.filter"),
            invitations::uninvited, invitations::countUninvited);
        Grid<PeopleDirectory.Invitee> people = uninvited.grid();
        people.setSelectionMode(Grid.SelectionMode.MULTI);
        people.addColumn(PeopleDirectory.Invitee::fullName).setHeader(getTranslation("person.name")).setFlexGrow(2);
        people.addColumn(PeopleDirectory.Invitee::email).setHeader(getTranslation("person.email")).setFlexGrow(2);
        people.addColumn(PeopleDirectory.Invitee::centre).setHeader(getTranslation("person.centre")).setFlexGrow(2);
        people.addColumn(i -> getTranslation("role." + i.role().name())).setHeader(getTranslation("account.role"));
        people.setAriaLabel(getTranslation("invite.uninvited"));
        people.setId("uninvited");
        uninvited.setHeight("50%");

        Button selected = new Button(getTranslation("invite.selected"), e -> inviteSelected());
        selected.setId("invite-selected");
        selected.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button everyone = new Button(getTranslation("invite.everyone"), e -> confirmEveryone());
        everyone.setId("invite-everyone");
        HorizontalLayout actions = new HorizontalLayout(selected, everyone);
        actions.setWrap(true);

        pending = new FilteredList<>(PeopleDirectory.PendingInvitation.class, getTranslation("invite.filter"),
            invitations::notAccepted, invitations::countNotAccepted);
        Grid<PeopleDirectory.PendingInvitation> waiting = pending.grid();
        waiting.addColumn(PeopleDirectory.PendingInvitation::fullName).setHeader(getTranslation("person.name")).setFlexGrow(2);
        waiting.addColumn(PeopleDirectory.PendingInvitation::email).setHeader(getTranslation("person.email")).setFlexGrow(2);
        waiting.addColumn(p -> p.invitedAt() == null ? "" : Dates.day(p.invitedAt().atZone(ZoneId.of("Europe/London")).toLocalDate(), getLocale()))
            .setHeader(getTranslation("invite.sentOn"));
        waiting.addComponentColumn(p -> {
            Button again = new Button(getTranslation("invite.resend"), e -> resend(p));
            again.addThemeVariants(ButtonVariant.LUMO_SMALL);
            again.setAriaLabel(getTranslation("invite.resendTo", p.fullName()));
            return again;
        }).setHeader(getTranslation("invite.actions"));
        waiting.setAriaLabel(getTranslation("invite.notAccepted"));
        waiting.setId("not-accepted");
        pending.setHeight("50%");

        add(new H2(getTranslation("invite.uninvited")), new Paragraph(getTranslation("invite.uninvited.help")), uninvited, actions,
            new H2(getTranslation("invite.notAccepted")), pending);
    }

    private void inviteSelected() {
        List<Long> ids = uninvited.grid().getSelectedItems().stream().map(PeopleDirectory.Invitee::personId).toList();
        if (ids.isEmpty()) {
            Feedback.problem(this, getTranslation("invite.noneSelected"));
            return;
        }
        done(invitations.invite(ids));
    }

    private void confirmEveryone() {
        long count = invitations.countUninvited("");
        if (count == 0) {
            Feedback.problem(this, getTranslation("invite.nobody"));
            return;
        }
        FormDialog confirm = new FormDialog(getTranslation("invite.everyone"), getTranslation("invite.everyone.confirm", count));
        confirm.with(new Paragraph(getTranslation("invite.everyone.explain", count)));
        confirm.onPrimary(() -> done(invitations.inviteEveryone()));
        confirm.open();
    }

    private void done(int invited) {
        Feedback.saved(this, "invite.done", invited);
        uninvited.grid().deselectAll();
        uninvited.refresh();
        pending.refresh();
    }

    private void resend(PeopleDirectory.PendingInvitation p) {
        try {
            invitations.resend(p.personId());
            Feedback.saved(this, "invite.resent", p.email());
            pending.refresh();
        } catch (RuntimeException refused) {
            if (!Feedback.explain(this, refused)) {
                throw refused;
            }
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.invitations");
    }
}
