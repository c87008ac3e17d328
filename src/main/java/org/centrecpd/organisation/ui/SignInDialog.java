package org.centrecpd.organisation.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import org.centrecpd.base.ui.FormDialog;
import org.centrecpd.organisation.service.PeopleService;
import org.centrecpd.organisation.service.PersonDetails;
import org.centrecpd.security.AccountService;
import org.centrecpd.security.Role;

/**
 * One use case: who may sign in, and as what. An admin gives a person a first password to hand
 * over; the role offered first follows the person's job (a service rule, not the dialog's).
 */
class SignInDialog extends FormDialog {

    SignInDialog(AccountService accounts, PeopleService people, PersonDetails person) {
        super("", "");
        setHeaderTitle(getTranslation("account.title") + ": " + person.fullName());
        primaryButton().setText(getTranslation("account.grant"));
        var existing = accounts.roleOf(person.id());
        if (existing.isPresent()) {
            add(new Paragraph(getTranslation("account.has", getTranslation("role." + existing.get().name()))));
            primaryButton().setVisible(false);
            return;
        }
        ComboBox<Role> role = new ComboBox<>(getTranslation("account.role"));
        role.setItems(Role.values());
        role.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        role.setValue(people.suggestedSignInRole(person.id()));
        PasswordField password = new PasswordField(getTranslation("account.firstPassword"));
        password.setHelperText(getTranslation("account.firstPassword.help"));
        add(new FormLayout(role, password));
        onPrimary(() -> accounts.grantSignIn(person.id(), person.email(), person.fullName(), role.getValue(), password.getValue()));
        saying("saved.account", person.fullName());
    }
}
