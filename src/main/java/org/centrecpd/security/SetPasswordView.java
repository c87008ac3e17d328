package org.centrecpd.security;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.centrecpd.base.RuleViolation;

/**
 * The page an invitation or reset e-mail links to: choose a password (twice), then sign in with it.
 * A used or expired link says so and leads to "Forgotten your password?" for a new one. A password
 * that breaks the rules is explained on the field and the link stays usable.
 */
@Route(value = SetPasswordView.ROUTE + "/:token", autoLayout = false)
@AnonymousAllowed
public class SetPasswordView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "set-password";

    private final PasswordResets resets;
    private final VerticalLayout box = new VerticalLayout();
    private boolean invitation;

    public SetPasswordView(PasswordResets resets) {
        this.resets = resets;
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        box.setMaxWidth("32rem");
        box.setPadding(false);
        add(box);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getRouteParameters().get("token").orElse("");
        box.removeAll();
        resets.check(token).ifPresentOrElse(link -> form(token, link), this::linkGone);
    }

    private void form(String token, PasswordResets.LinkDetails link) {
        invitation = link.invitation();
        box.add(new H1(getTranslation(invitation ? "setPassword.welcome" : "setPassword.title")),
            new Paragraph(getTranslation("setPassword.for", link.displayName(), link.email())));
        PasswordField password = new PasswordField(getTranslation("setPassword.new"));
        password.setId("new-password");
        password.setHelperText(getTranslation("setPassword.rules", PasswordPolicy.MIN_LENGTH));
        password.setWidthFull();
        password.setRequiredIndicatorVisible(true);
        password.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        PasswordField repeat = new PasswordField(getTranslation("setPassword.repeat"));
        repeat.setId("repeat-password");
        repeat.setWidthFull();
        repeat.setRequiredIndicatorVisible(true);
        repeat.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        Button save = new Button(getTranslation("setPassword.save"));
        save.setId("set-password");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        save.addClickListener(e -> {
            password.setInvalid(false);
            repeat.setInvalid(false);
            try {
                resets.setPassword(token, password.getValue(), repeat.getValue());
            } catch (RuleViolation refused) {
                if (refused.messageKey().equals("link.invalid")) {
                    box.removeAll();
                    linkGone();
                    return;
                }
                PasswordField field = refused.messageKey().equals("password.mismatch") ? repeat : password;
                field.setErrorMessage(getTranslation(refused.messageKey(), refused.arguments()));
                field.setInvalid(true);
                field.focus();
                return;
            }
            getUI().ifPresent(ui -> ui.navigate("login", QueryParameters.of("password-set", "")));
        });
        box.add(password, repeat, save);
    }

    private void linkGone() {
        box.add(new H1(getTranslation("link.gone.title")), new Paragraph(getTranslation("link.invalid")),
            new RouterLink(getTranslation("link.gone.new"), ForgotPasswordView.class),
            new RouterLink(getTranslation("reset.back"), LoginView.class));
    }

    @Override
    public String getPageTitle() {
        return getTranslation(invitation ? "setPassword.welcome" : "setPassword.title") + " – " + getTranslation("app.name");
    }
}
