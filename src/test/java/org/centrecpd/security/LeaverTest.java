package org.centrecpd.security;

import org.centrecpd.organisation.service.Workplaces;
import org.centrecpd.support.CentreTest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import org.centrecpd.audit.AuditAction;
import org.centrecpd.audit.AuditEvent;
import org.centrecpd.demo.DemoLogins;
import org.centrecpd.organisation.service.PeopleService;
import org.centrecpd.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * A person who leaves (their only job ends) loses access at once: the sign-in form refuses them, and
 * a session signed in before they left ends on its next request. A changed password ends the other
 * sessions too. (Same context as {@link InvitationsAndResetsTest}.)
 */
@CentreTest
@RecordApplicationEvents
class LeaverTest {

    private static final String PASSWORD = "lantern pebble whisk";

    @Autowired
    AccountService accounts;
    @Autowired
    PeopleService people;
    @Autowired
    Workplaces workplaces;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    WebApplicationContext context;
    @Autowired
    ApplicationEvents events;
    @Autowired
    TestClock clock;

    @AfterEach
    void tearDown() {
        clock.reset();
        SecurityContextHolder.clearContext();
    }

    private Authentication signIn(String email, String password) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(accounts);
        provider.setPasswordEncoder(encoder);
        return provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, password));
    }

    /** A browser session signed in as this user, as the sign-in form leaves it. */
    private static MockHttpSession sessionOf(Authentication signedIn) {
        MockHttpSession session = new MockHttpSession();
        session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, new SecurityContextImpl(signedIn));
        return session;
    }

    private MockHttpServletResponse request(MockHttpSession session) throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        // A signed-in-only address (course pictures): signed out, it sends the browser to the sign-in page.
        return mvc.perform(get("/course-files/no-such-course/picture.png").session(session)).andReturn().getResponse();
    }

    private static boolean sentToSignIn(MockHttpServletResponse response) {
        return response.getStatus() == 302 && String.valueOf(response.getRedirectedUrl()).endsWith("/login");
    }

    private record Member(long id, String email) {
    }

    private Member member(String name) {
        AccountsFixture fixture = new AccountsFixture(people, workplaces, accounts, jdbc);
        String email = AccountsFixture.unique("leaver");
        long id = fixture.person(name, email, "Ashbrook Children's Centre");
        fixture.signInAs(DemoLogins.ADMIN);
        accounts.grantSignIn(id, email, name, Role.PRACTITIONER, PASSWORD);
        SecurityContextHolder.clearContext();
        return new Member(id, email);
    }

    @Test
    void aLeaverCannotSignInAndTheirOpenSessionEndsOnItsNextRequest() throws Exception {
        Member leo = member("Leo Leaver");
        Authentication signedIn = signIn(leo.email(), PASSWORD);
        MockHttpSession session = sessionOf(signedIn);
        assertThat(sentToSignIn(request(session))).as("signed in while employed").isFalse();

        // His job ends today and he has no other.
        jdbc.update("update employment set end_date = ? where person_id = ? and end_date is null", LocalDate.now(), leo.id());

        MockHttpServletResponse after = request(session);
        assertThat(sentToSignIn(after)).as("the next request is signed out").isTrue();
        assertThat(session.isInvalid()).as("the session is ended").isTrue();
        assertThatThrownBy(() -> signIn(leo.email(), PASSWORD)).isInstanceOf(DisabledException.class);
        assertThat(events.stream(AuditEvent.class).filter(e -> e.action() == AuditAction.ACCESS_REVOKED))
            .extracting(AuditEvent::subject).containsExactly(leo.email());
    }

    @Test
    void someoneWhoMovesCentreKeepsAccessAndSomeoneWhoseJobEndsLaterKeepsItUntilThen() throws Exception {
        Member mo = member("Mo Mover");
        MockHttpSession session = sessionOf(signIn(mo.email(), PASSWORD));
        // Leaving at the end of next week: still in until then.
        jdbc.update("update employment set end_date = ? where person_id = ? and end_date is null", LocalDate.now().plusDays(10), mo.id());
        assertThat(sentToSignIn(request(session))).isFalse();
        assertThat(signIn(mo.email(), PASSWORD).isAuthenticated()).isTrue();

        clock.setDay(LocalDate.now().plusDays(10));
        assertThat(sentToSignIn(request(session))).as("from the day the job ends").isTrue();
    }

    @Test
    void aChangedPasswordEndsSessionsSignedInWithTheOldOne() throws Exception {
        Member pat = member("Pat Password");
        MockHttpSession session = sessionOf(signIn(pat.email(), PASSWORD));
        jdbc.update("update user_account set password_hash = ? where username = ?", encoder.encode("a brand new passphrase"), pat.email());
        assertThat(sentToSignIn(request(session))).isTrue();
    }
}
