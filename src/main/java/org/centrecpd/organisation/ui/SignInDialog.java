package org.centrecpd.organisation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import java.time.ZoneId;
import org.centrecpd.base.ui.Dates;
import org.centrecpd.base.ui.Feedback;
import org.centrecpd.base.ui.FormDialog;
import org.centrecpd.organisation.service.PeopleService;
import org.centrecpd.organisation.service.PersonDetails;
import org.centrecpd.security.AccountService;
import org.centrecpd.security.InvitationService;
import org.centrecpd.security.Role;

/**
 * One use case: who may sign in, and as what. The admin chooses the role (the one offered first
 * follows the person's job, a service rule) and the person gets an invitation by e-mail to choose
 * their own password: nobody else ever knows it. While the invitation is not accepted, it can be sent again.
 */
class SignInDialog extends FormDialog {

    SignInDialog(AccountService accounts, InvitationService invitations, PeopleService people, PersonDetails person) {
        super("", "");
        setHeaderTitle(getTranslation("account.title") + ": " + person.fullName());
        primaryButton().setText(getTranslation("invite.send"));
        var existing = accounts.roleOf(person.id());
        if (existing.isPresent()) {
            add(new Paragraph(getTranslation("account.has", getTranslation("role." + existing.get().name()))));
            primaryButton().setVisible(false);
            ComboBox<Role> newRole = roles(existing.get());
            newRole.setId("account-new-role");
            Button change = new Button(getTranslation("account.changeRole"), e -> {
                try {
                    if (newRole.getValue() == null) {
                        return;
                    }
                    accounts.changeRole(person.id(), newRole.getValue());
                    Feedback.saved(this, "account.roleChanged", person.fullName(), getTranslation("role." + newRole.getValue().name()));
                    close();
                } catch (RuntimeException refused) {
                    if (!Feedback.explain(this, refused)) {
                        throw refused;
                    }
                }
            });
            change.setId("account-change-role");
            add(new FormLayout(newRole));
            getFooter().add(change);
            accounts.pendingInvitation(person.id()).ifPresent(sent -> {
                add(new Paragraph(getTranslation("invite.pendingSince",
                    sent == null ? "" : Dates.day(sent.atZone(ZoneId.of("Europe/London")).toLocalDate(), getLocale()))));
                Button again = new Button(getTranslation("invite.resend"), e -> {
                    try {
                        invitations.resend(person.id());
                        Feedback.saved(this, "invite.resent", person.email());
                        close();
                    } catch (RuntimeException refused) {
                        if (!Feedback.explain(this, refused)) {
                            throw refused;
                        }
                    }
                });
                getFooter().add(again);
            });
            return;
        }
        ComboBox<Role> role = roles(people.suggestedSignInRole(person.id()));
        add(new FormLayout(role), new Paragraph(getTranslation("invite.explain", person.email())));
        onPrimary(() -> invitations.inviteAs(person.id(), role.getValue() == null ? Role.PRACTITIONER : role.getValue()));
        saying("invite.sent", person.email());
    }

    private ComboBox<Role> roles(Role chosen) {
        ComboBox<Role> role = new ComboBox<>(getTranslation("account.role"));
        role.setItems(Role.values());
        role.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        role.setValue(chosen);
        role.setRequired(true);
        role.setAllowCustomValue(false);
        return role;
    }
}
