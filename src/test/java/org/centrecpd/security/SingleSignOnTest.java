package org.centrecpd.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.centrecpd.base.RuleViolation;
import org.centrecpd.demo.DemoLogins;
import org.centrecpd.organisation.service.Workplaces;
import org.centrecpd.support.Inbox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.centrecpd.support.TestJvm;

/**
 * Single sign-on against a mock OpenID Connect provider (mock-oauth2-server), through the real
 * redirects: the app sends the browser to the provider, the provider back with a code, the app
 * exchanges it and matches the verified e-mail to an account. Unknown and unverified addresses are
 * refused with their reason on the sign-in page. This deployment also turns local passwords off.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:centrecpd-sso;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
    "centrecpd.sso.enabled=true", "centrecpd.sso.local-passwords=false",
    "spring.security.oauth2.client.registration.organisation.client-id=centre-cpd",
    "spring.security.oauth2.client.registration.organisation.client-secret=not-a-real-secret",
    "spring.security.oauth2.client.registration.organisation.scope=openid,email,profile",
    "centrecpd.mail.enabled=true", "spring.mail.host=localhost", "centrecpd.public-url=https://cpd.council.example"})
class SingleSignOnTest extends org.centrecpd.support.ViewTest {

    private static final MockOAuth2Server PROVIDER = new MockOAuth2Server();

    @org.junit.jupiter.api.extension.RegisterExtension
    static com.icegreen.greenmail.junit5.GreenMailExtension smtp =
        TestJvm.smtp();
    private final Inbox inbox = new Inbox(smtp);

    static {
        PROVIDER.start();
    }

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry registry) {
        registry.add("spring.security.oauth2.client.provider.organisation.issuer-uri", () -> PROVIDER.issuerUrl("council").toString());
    }

    @AfterAll
    static void stopProvider() {
        PROVIDER.shutdown();
    }

    @LocalServerPort
    int port;
    @Autowired
    AccountService accounts;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    PasswordResets resets;
    @Autowired
    InvitationService invitations;
    @Autowired
    org.centrecpd.organisation.service.PeopleService people;
    @Autowired
    Workplaces workplaces;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
        .followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(String url) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String location(HttpResponse<?> response) {
        assertThat(response.statusCode()).as("a redirect").isBetween(301, 303);
        return response.headers().firstValue("Location").orElseThrow();
    }

    /** Signs in with the provider vouching for these claims; returns where the app sends the browser in the end. */
    private String signInWithProvider(Map<String, Object> claims) throws Exception {
        String toProvider = location(get("http://localhost:" + port + "/oauth2/authorization/organisation"));
        assertThat(toProvider).startsWith(PROVIDER.issuerUrl("council").toString());
        PROVIDER.enqueueCallback(new DefaultOAuth2TokenCallback("council", "entra-object-id-123", "JWT", List.of("centre-cpd"), claims, 3600));
        String backToApp = location(get(toProvider));
        assertThat(backToApp).startsWith("http://localhost:" + port + "/login/oauth2/code/organisation?code=");
        // The servlet container makes the address absolute; the path is what the app chose.
        URI end = URI.create(location(get(backToApp)));
        return end.getRawPath() + (end.getRawQuery() == null ? "" : "?" + end.getRawQuery());
    }

    /** Is this browser signed in? A signed-in-only address answers rather than sending it to the sign-in page. */
    private boolean signedIn() throws Exception {
        HttpResponse<String> response = get("http://localhost:" + port + "/course-files/no-such-course/picture.png");
        return !(response.statusCode() == 302 && response.headers().firstValue("Location").orElse("").endsWith("/login"));
    }

    @Test
    void aKnownVerifiedAddressSignsInWithTheRoleFromTheProduct() throws Exception {
        assertThat(signedIn()).isFalse();
        String end = signInWithProvider(Map.of("email", DemoLogins.PRACTITIONER.toUpperCase(), "email_verified", true));
        assertThat(end).isEqualTo("/");
        assertThat(signedIn()).isTrue();
        assertThat(accounts.forSingleSignOn(DemoLogins.PRACTITIONER)).hasValueSatisfying(u -> assertThat(u.role()).isEqualTo(Role.PRACTITIONER));
    }

    @Test
    void anUnknownAddressIsRefusedWithAMessageAndNoAccountIsMade() throws Exception {
        String end = signInWithProvider(Map.of("email", "stranger@council.example", "email_verified", true));
        assertThat(end).isEqualTo("/login?sso=unknown");
        assertThat(signedIn()).isFalse();
        assertThat(accounts.knowsSignIn("stranger@council.example")).isFalse();
    }

    @Test
    void anUnverifiedAddressIsRefused() throws Exception {
        assertThat(signInWithProvider(Map.of("email", DemoLogins.MANAGER, "email_verified", false))).isEqualTo("/login?sso=unverified");
        assertThat(signedIn()).isFalse();
        assertThat(signInWithProvider(Map.of("email", DemoLogins.MANAGER))).as("no claim at all").isEqualTo("/login?sso=unverified");
    }

    @Test
    void withLocalPasswordsOffNoPasswordSignsInAndNoResetIsSent() {
        DaoAuthenticationProvider form = new DaoAuthenticationProvider(accounts);
        form.setPasswordEncoder(encoder);
        assertThatThrownBy(() -> form.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(DemoLogins.ADMIN, DemoLogins.PASSWORD)))
            .isInstanceOf(DisabledException.class);
        assertThatThrownBy(() -> resets.requestReset(DemoLogins.ADMIN, "192.0.2.1"))
            .isInstanceOf(RuleViolation.class).extracting("messageKey").isEqualTo("reset.off");
    }

    @Test
    void theSignInPageOffersTheOrganisationAccountAndExplainsARefusal() {
        navigate(LoginView.class);
        com.vaadin.flow.component.UI.getCurrent().navigate("login", com.vaadin.flow.router.QueryParameters.of("sso", "unknown"));
        com.vaadin.flow.component.html.Anchor sso = $(com.vaadin.flow.component.html.Anchor.class).id("sso-sign-in");
        assertThat(sso.getText()).isEqualTo("Sign in with your organisation account");
        assertThat(sso.getHref()).isEqualTo("oauth2/authorization/organisation");
        assertThat($(com.vaadin.flow.component.login.LoginForm.class).all()).as("local passwords are off here").isEmpty();
        assertThat($(com.vaadin.flow.component.html.Paragraph.class).id("login-notice").getText())
            .startsWith("Your organisation account signed you in, but there is no Centre CPD sign-in for its e-mail address.");
    }

    @Test
    void anInvitationLeadsToTheSignInPageAndTheFirstSingleSignOnAcceptsIt() throws Exception {
        AccountsFixture fixture = new AccountsFixture(people, workplaces, accounts, jdbc);
        String email = AccountsFixture.unique("sso.invitee");
        long person = fixture.person("Sol Singlesign", email, "Ashbrook Children's Centre");
        fixture.signInAs(DemoLogins.ADMIN);
        invitations.invite(List.of(person));
        String text = Inbox.text(inbox.awaitMessage(email, 1));
        assertThat(text).contains("https://cpd.council.example/login", "Sign in with your organisation account").doesNotContain("set-password");
        assertThat(invitations.countNotAccepted("Sol Singlesign")).isOne();
        org.springframework.security.core.context.SecurityContextHolder.clearContext();

        assertThat(signInWithProvider(Map.of("email", email, "email_verified", true))).isEqualTo("/");
        fixture.signInAs(DemoLogins.ADMIN);
        assertThat(invitations.countNotAccepted("Sol Singlesign")).as("accepted by signing in").isZero();
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
    }
}
