package org.centrecpd.security;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Map;

/**
 * The sign-in page. Spring Security handles the POST; a failed attempt comes back with ?error (and
 * &wait=minutes when {@link SignInDoor} asks the person to wait), a
 * refused single sign-on with ?sso=reason, a password just set with ?password-set. "Forgotten your
 * password?" leads to {@link ForgotPasswordView}; with single sign-on configured, a button leads to
 * the organisation's provider, and with local passwords turned off it is the only way in.
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm login = new LoginForm();
    private final LoginI18n i18n = LoginI18n.createDefault();
    private final Paragraph notice = new Paragraph();
    /**
     * Why sign-in failed, above the form (not the form's own box): announced as an alert and given focus, so a
     * screen-reader user hears it as the page loads.
     */
    private final com.vaadin.flow.component.html.Div error = new com.vaadin.flow.component.html.Div();
    private final com.vaadin.flow.component.html.Span errorTitle = new com.vaadin.flow.component.html.Span();
    private final Paragraph errorMessage = new Paragraph();

    public LoginView(SignInSettings settings) {
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        i18n.getForm().setTitle(getTranslation("login.title"));
        i18n.getForm().setUsername(getTranslation("login.username"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getForm().setForgotPassword(getTranslation("login.forgotten"));
        i18n.getErrorMessage().setTitle(getTranslation("login.error.title"));
        i18n.getErrorMessage().setMessage(getTranslation("login.error.message"));
        i18n.setAdditionalInformation(null);
        login.setI18n(i18n);
        login.setForgotPasswordButtonVisible(true);
        login.addForgotPasswordListener(e -> getUI().ifPresent(ui -> ui.navigate(ForgotPasswordView.class)));
        login.setAction("login");

        notice.setId("login-notice");
        notice.getElement().setAttribute("role", "status");
        notice.setVisible(false);
        error.setId("login-error");
        error.addClassName("login-error");
        error.getElement().setAttribute("role", "alert");
        error.getElement().setAttribute("tabindex", "-1");
        errorTitle.addClassName("login-error-title");
        error.add(errorTitle, errorMessage);
        error.setVisible(false);
        add(new H1(getTranslation("app.name")), new Paragraph(getTranslation("login.tagline")), notice, error);
        if (settings.sso()) {
            Anchor sso = new Anchor("oauth2/authorization/" + SignInSettings.SSO_REGISTRATION, getTranslation("login.sso"));
            // A server address, not a view: the browser must load it, not Vaadin's router.
            sso.setRouterIgnore(true);
            sso.setId("sso-sign-in");
            sso.addClassName("sso-button");
            add(sso);
        }
        if (settings.localPasswords()) {
            add(login);
        }
        // The privacy notice (privacy module) is read before anyone signs in: a link by address, not by class.
        Anchor privacy = new Anchor("privacy", getTranslation("shell.privacy"));
        privacy.setId("privacy-notice-link");
        add(privacy);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> params = event.getLocation().getQueryParameters().getParameters();
        long wait = waitMinutes(params);
        // Too many attempts: the same words for every name, so they do not tell whether an account exists.
        errorTitle.setText(getTranslation(wait > 0 ? "login.throttled.title" : "login.error.title"));
        errorMessage.setText(wait > 0 ? getTranslation("login.throttled", wait) : getTranslation("login.error.message"));
        boolean failed = params.containsKey("error");
        error.setVisible(failed);
        // The form would otherwise take focus for its first field as it appears, and the reason would go unheard.
        login.getElement().setProperty("noAutofocus", failed);
        if (failed) {
            // After the page's first frame, once the form has drawn itself.
            error.getElement().executeJs("const box = this; requestAnimationFrame(() => setTimeout(() => box.focus(), 50));");
        }
        String key = null;
        if (params.containsKey("password-set")) {
            key = "login.passwordSet";
        } else if (params.containsKey("sso")) {
            String reason = params.get("sso").stream().findFirst().orElse("failed");
            key = "login.sso." + (SsoSignIn.EXPLAINED.contains(reason) ? reason : "failed");
        }
        notice.setVisible(key != null);
        notice.setText(key == null ? "" : getTranslation(key));
    }

    /** The wait the sign-in door asked for (?wait=2), in minutes; 0 when none or not a sensible number. */
    private static long waitMinutes(Map<String, List<String>> params) {
        String wait = params.getOrDefault("wait", List.of()).stream().findFirst().orElse("");
        if (!wait.matches("\\d{1,4}")) {
            return 0;
        }
        return Math.min(Long.parseLong(wait), 24 * 60);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.pageTitle");
    }
}
