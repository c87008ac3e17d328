package org.centrecpd.security;

import org.centrecpd.organisation.service.Workplaces;
import org.centrecpd.support.CentreTest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.centrecpd.audit.AuditAction;
import org.centrecpd.audit.AuditEvent;
import org.centrecpd.base.NotFoundException;
import org.centrecpd.base.RuleViolation;
import org.centrecpd.demo.DemoLogins;
import org.centrecpd.organisation.service.PeopleService;
import org.centrecpd.support.Inbox;
import org.centrecpd.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.centrecpd.support.TestJvm;

/**
 * Invitations and password resets end to end below the UI: real e-mails through an SMTP server
 * (GreenMail), the link read from the message, the password set with it, and a sign-in with that
 * password through Spring Security's own provider. Links are single-use and expire by the clock.
 */
@CentreTest
@RecordApplicationEvents
class InvitationsAndResetsTest {

    @RegisterExtension
    static GreenMailExtension smtp = TestJvm.smtp();
    private final Inbox inbox = new Inbox(smtp);

    @Autowired
    InvitationService invitations;
    @Autowired
    PasswordResets resets;
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
    TestClock clock;
    @Autowired
    ApplicationEvents events;

    private AccountsFixture fixture;

    @BeforeEach
    void setUp() {
        fixture = new AccountsFixture(people, workplaces, accounts, jdbc);
    }

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

    private List<AuditEvent> audit(AuditAction action) {
        return events.stream(AuditEvent.class).filter(e -> e.action() == action).toList();
    }

    @Test
    void anInvitedPersonChoosesAPasswordFromTheEmailAndSignsInWithIt() throws Exception {
        String email = AccountsFixture.unique("invitee");
        long person = fixture.person("Ivy Invitee", email, "Ashbrook Children's Centre");
        fixture.signInAs(DemoLogins.ADMIN);

        assertThat(invitations.invite(List.of(person))).isEqualTo(1);
        assertThat(invitations.notAccepted("Ivy Invitee", Pageable.unpaged())).extracting(PeopleDirectory.PendingInvitation::email)
            .containsExactly(email);
        assertThat(invitations.uninvited("Ivy Invitee", Pageable.unpaged())).as("invited people leave the uninvited list").isEmpty();

        MimeMessage message = inbox.awaitMessage(email, 1);
        assertThat(message.getSubject()).isEqualTo("Your sign-in to Centre CPD");
        String text = Inbox.text(message);
        String html = Inbox.html(message);
        assertThat(text).startsWith("Hello Ivy Invitee,").contains("Demo administrator has invited you to Centre CPD", "The link works once, until ");
        assertThat(html).contains("<a href=\"https://cpd.council.example/set-password/");
        String token = AccountsFixture.token(message);
        assertThat(jdbc.queryForList("select token_hash from account_link", String.class)).as("only the hash is stored")
            .doesNotContain(token).contains(AccountLinks.hash(token));
        assertThat(audit(AuditAction.INVITATION_SENT)).extracting(AuditEvent::subject).contains(email);

        // Before accepting, no password signs in with the invited account.
        SecurityContextHolder.clearContext();
        assertThatThrownBy(() -> signIn(email, "")).isInstanceOf(DisabledException.class);

        assertThat(resets.check(token)).hasValueSatisfying(link -> {
            assertThat(link.invitation()).isTrue();
            assertThat(link.email()).isEqualTo(email);
        });
        // A password that breaks the rules is refused and the link stays usable.
        assertThatThrownBy(() -> resets.setPassword(token, "Password2026!", "Password2026!"))
            .isInstanceOf(RuleViolation.class).extracting("messageKey").isEqualTo("password.common");
        assertThatThrownBy(() -> resets.setPassword(token, "hazel tractor biscuit", "hazel tractor biscuits"))
            .isInstanceOf(RuleViolation.class).extracting("messageKey").isEqualTo("password.mismatch");
        resets.setPassword(token, "hazel tractor biscuit", "hazel tractor biscuit");

        assertThat(signIn(email, "hazel tractor biscuit").getPrincipal()).isInstanceOf(SignedInUser.class)
            .extracting("role").isEqualTo(Role.PRACTITIONER);
        assertThatThrownBy(() -> signIn(email, "wrong password here")).isInstanceOf(BadCredentialsException.class);
        assertThat(audit(AuditAction.INVITATION_ACCEPTED)).extracting(AuditEvent::subject, AuditEvent::actor).containsExactly(
            org.assertj.core.groups.Tuple.tuple(email, email));

        // The link works once.
        assertThat(resets.check(token)).isEmpty();
        assertThatThrownBy(() -> resets.setPassword(token, "another long passphrase", "another long passphrase"))
            .isInstanceOf(RuleViolation.class).extracting("messageKey").isEqualTo("link.invalid");
        fixture.signInAs(DemoLogins.ADMIN);
        assertThat(invitations.notAccepted("Ivy Invitee", Pageable.unpaged())).isEmpty();
    }

    @Test
    void anInvitationExpiresAndResendingRetiresTheOldLink() throws Exception {
        Instant start = Instant.parse("2026-03-02T09:00:00Z");
        clock.setInstant(start);
        String email = AccountsFixture.unique("late");
        long person = fixture.person("Lena Late", email, "Ashbrook Children's Centre");
        fixture.signInAs(DemoLogins.ADMIN);
        invitations.invite(List.of(person));
        String first = AccountsFixture.token(inbox.awaitMessage(email, 1));

        clock.setInstant(start.plus(Duration.ofDays(14)).minusSeconds(60));
        assertThat(resets.check(first)).as("valid for 14 days").isPresent();
        clock.setInstant(start.plus(Duration.ofDays(14)));
        assertThat(resets.check(first)).as("expired after 14 days").isEmpty();

        fixture.signInAs(DemoLogins.ADMIN);
        invitations.resend(person);
        String second = AccountsFixture.token(inbox.awaitMessage(email, 2));
        assertThat(second).isNotEqualTo(first);
        assertThat(resets.check(second)).isPresent();
        resets.setPassword(second, "lantern pebble whisk", "lantern pebble whisk");
        assertThat(signIn(email, "lantern pebble whisk").isAuthenticated()).isTrue();
    }

    @Test
    void aManagerInvitesOnlyTheStaffOfTheirOwnCentres() throws Exception {
        String mine = AccountsFixture.unique("ashbrook");
        String elsewhere = AccountsFixture.unique("bramley");
        long atAshbrook = fixture.person("Abi Ashbrook", mine, "Ashbrook Children's Centre");
        long atBramley = fixture.person("Bea Bramley", elsewhere, "Bramley Children's Centre");

        fixture.signInAs(DemoLogins.MANAGER); // Daniel, manager of Ashbrook
        assertThat(invitations.uninvited("", Pageable.unpaged())).extracting(PeopleDirectory.Invitee::personId)
            .contains(atAshbrook).doesNotContain(atBramley);
        assertThat(invitations.countUninvited("Bea Bramley")).isZero();
        assertThatThrownBy(() -> invitations.invite(List.of(atBramley))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> invitations.inviteAs(atAshbrook, Role.ADMIN))
            .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);

        long uninvited = invitations.countUninvited("");
        assertThat(invitations.inviteEveryone()).isEqualTo((int) uninvited);
        assertThat(invitations.countUninvited("")).isZero();
        assertThat(inbox.awaitMessage(mine, 1).getSubject()).isEqualTo("Your sign-in to Centre CPD");
        assertThat(inbox.to(elsewhere)).isEmpty();

        fixture.signInAs(DemoLogins.PRACTITIONER);
        assertThatThrownBy(() -> invitations.uninvited("", Pageable.unpaged()))
            .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void aResetRequestAnswersTheSameForKnownAndUnknownAddressesAndMailsOnlyAKnownOne() throws Exception {
        String known = AccountsFixture.unique("known");
        long person = fixture.person("Kim Known", known, "Ashbrook Children's Centre");
        fixture.signInAs(DemoLogins.ADMIN);
        accounts.grantSignIn(person, known, "Kim Known", Role.PRACTITIONER, "original pass phrase");
        SecurityContextHolder.clearContext();
        String unknown = AccountsFixture.unique("nobody");

        // Same outcome (no exception, nothing returned) either way; only the known address gets a message.
        resets.requestReset(known, "203.0.113.7");
        resets.requestReset(unknown, "203.0.113.7");
        MimeMessage message = inbox.awaitMessage(known, 1);
        Thread.sleep(300);
        assertThat(inbox.to(unknown)).isEmpty();
        assertThat(message.getSubject()).isEqualTo("Centre CPD: choose a new password");
        assertThat(audit(AuditAction.PASSWORD_RESET_REQUESTED)).extracting(AuditEvent::subject, AuditEvent::actor)
            .contains(org.assertj.core.groups.Tuple.tuple(known, known), org.assertj.core.groups.Tuple.tuple(unknown, unknown));

        String token = AccountsFixture.token(message);
        assertThat(resets.check(token)).hasValueSatisfying(l -> assertThat(l.invitation()).isFalse());
        resets.setPassword(token, "new lantern phrase", "new lantern phrase");
        assertThat(signIn(known, "new lantern phrase").isAuthenticated()).isTrue();
        assertThatThrownBy(() -> signIn(known, "original pass phrase")).isInstanceOf(BadCredentialsException.class);
        assertThat(audit(AuditAction.PASSWORD_CHANGED)).extracting(AuditEvent::subject).contains(known);
        assertThatThrownBy(() -> resets.setPassword(token, "third lantern phrase", "third lantern phrase"))
            .isInstanceOf(RuleViolation.class).extracting("messageKey").isEqualTo("link.invalid");
    }

    @Test
    void aResetLinkWorksForAnHourAndANewerOneRetiresIt() throws Exception {
        Instant start = Instant.parse("2026-04-10T10:00:00Z");
        clock.setInstant(start);
        String email = AccountsFixture.unique("hour");
        long person = fixture.person("Hal Hour", email, "Ashbrook Children's Centre");
        fixture.signInAs(DemoLogins.ADMIN);
        accounts.grantSignIn(person, email, "Hal Hour", Role.PRACTITIONER, "original pass phrase");
        SecurityContextHolder.clearContext();

        resets.requestReset(email, "198.51.100.1");
        String first = AccountsFixture.token(inbox.awaitMessage(email, 1));
        clock.setInstant(start.plus(Duration.ofMinutes(59)));
        assertThat(resets.check(first)).isPresent();
        clock.setInstant(start.plus(Duration.ofMinutes(60)));
        assertThat(resets.check(first)).as("an hour later").isEmpty();

        resets.requestReset(email, "198.51.100.1");
        String second = AccountsFixture.token(inbox.awaitMessage(email, 2));
        resets.requestReset(email, "198.51.100.1");
        String third = AccountsFixture.token(inbox.awaitMessage(email, 3));
        assertThat(resets.check(second)).as("retired by the newer link").isEmpty();
        assertThat(resets.check(third)).isPresent();
    }

    @Test
    void resetRequestsAreLimitedPerAddressAndPerClientAlikeForKnownAndUnknownAddresses() {
        String unknown = AccountsFixture.unique("limited");
        for (int i = 0; i < 3; i++) {
            resets.requestReset(unknown, "192.0.2." + i);
        }
        assertThatThrownBy(() -> resets.requestReset(unknown, "192.0.2.99"))
            .isInstanceOf(RuleViolation.class).extracting("messageKey").isEqualTo("reset.tooMany");

        String client = "192.0.2.200";
        for (int i = 0; i < 20; i++) {
            resets.requestReset(AccountsFixture.unique("spray" + i), client);
        }
        assertThatThrownBy(() -> resets.requestReset(AccountsFixture.unique("spray"), client))
            .isInstanceOf(RuleViolation.class).extracting("messageKey").isEqualTo("reset.tooMany");

        // An hour later the brake is off again.
        clock.setInstant(Instant.now().plus(Duration.ofMinutes(61)));
        resets.requestReset(unknown, "192.0.2.99");
    }

    @Test
    void passwordRulesApplyToTheAdminsFirstPasswordToo() {
        String email = AccountsFixture.unique("rules");
        long person = fixture.person("Rae Rules", email, "Ashbrook Children's Centre");
        fixture.signInAs(DemoLogins.ADMIN);
        assertThatThrownBy(() -> accounts.grantSignIn(person, email, "Rae Rules", Role.PRACTITIONER, "short"))
            .isInstanceOf(RuleViolation.class).extracting("messageKey").isEqualTo("password.tooShort");
        assertThatThrownBy(() -> accounts.grantSignIn(person, email, "Rae Rules", Role.PRACTITIONER, "qwertyuiop123"))
            .isInstanceOf(RuleViolation.class).extracting("messageKey").isEqualTo("password.common");
    }
}
