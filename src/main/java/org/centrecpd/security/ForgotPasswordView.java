package org.centrecpd.security;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.centrecpd.base.RuleViolation;

/**
 * "Forgotten your password?": asks for the e-mail address and sends a one-time reset link to it if
 * it belongs to an account. The answer is the same whether or not it does (nobody learns from this
 * page who has an account here).
 */
@Route(value = "forgot-password", autoLayout = false)
@AnonymousAllowed
public class ForgotPasswordView extends VerticalLayout implements HasDynamicTitle {

    public ForgotPasswordView(PasswordResets resets) {
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        VerticalLayout box = new VerticalLayout();
        box.setMaxWidth("32rem");
        box.setPadding(false);
        H1 title = new H1(getTranslation("reset.title"));
        EmailField email = new EmailField(getTranslation("login.username"));
        email.setId("reset-email");
        email.setWidthFull();
        email.setRequiredIndicatorVisible(true);
        email.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.EMAIL);
        Paragraph problem = new Paragraph();
        problem.setId("reset-problem");
        problem.getElement().setAttribute("role", "alert");
        Button send = new Button(getTranslation("reset.send"));
        send.setId("reset-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickShortcut(Key.ENTER);
        RouterLink back = new RouterLink(getTranslation("reset.back"), LoginView.class);
        box.add(title, new Paragraph(getTranslation("reset.intro")), email, problem, send, back);
        send.addClickListener(e -> {
            problem.setText("");
            email.setInvalid(false);
            String address = email.getValue();
            try {
                VaadinRequest request = VaadinRequest.getCurrent();
                resets.requestReset(address, request == null ? "" : request.getRemoteAddr());
            } catch (RuleViolation refused) {
                if (refused.messageKey().equals("reset.email.invalid")) {
                    email.setErrorMessage(getTranslation(refused.messageKey()));
                    email.setInvalid(true);
                    email.focus();
                } else {
                    problem.setText(getTranslation(refused.messageKey()));
                }
                return;
            }
            Paragraph done = new Paragraph(getTranslation("reset.sent", address.trim()));
            done.setId("reset-sent");
            done.getElement().setAttribute("role", "status");
            box.removeAll();
            box.add(title, done, new Paragraph(getTranslation("reset.sent.more")), back);
        });
        add(box);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reset.pageTitle");
    }
}
