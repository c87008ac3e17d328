package org.centrecpd.security;

import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.centrecpd.organisation.JobRole;
import org.centrecpd.organisation.service.PeopleService;
import org.centrecpd.organisation.service.PersonDetails;
import org.centrecpd.organisation.service.Workplaces;
import org.centrecpd.support.Inbox;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;

/** People, sign-ins and e-mails for the account tests, made through the product's own services. */
final class AccountsFixture {

    private static final Pattern LINK = Pattern.compile("https://cpd\\.council\\.example/set-password/([A-Za-z0-9_-]+)");

    private final PeopleService people;
    private final Workplaces workplaces;
    private final AccountService accounts;
    private final JdbcTemplate jdbc;

    AccountsFixture(PeopleService people, Workplaces workplaces, AccountService accounts, JdbcTemplate jdbc) {
        this.people = people;
        this.workplaces = workplaces;
        this.accounts = accounts;
        this.jdbc = jdbc;
    }

    void signInAs(String username) {
        UserDetails user = accounts.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    /** A new person working at the named centre since a year ago (signed in as the demo admin to make them). */
    long person(String name, String email, String centre) {
        signInAs(org.centrecpd.demo.DemoLogins.ADMIN);
        long id = people.save(new PersonDetails(null, 0, name, email, JobRole.FAMILY_SUPPORT_WORKER)).id();
        long centreId = jdbc.queryForObject("select id from centre where name = ?", Long.class, centre);
        workplaces.moveTo(id, centreId, JobRole.FAMILY_SUPPORT_WORKER, LocalDate.now().minusYears(1));
        SecurityContextHolder.clearContext();
        return id;
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@staff.example";
    }

    /** The token of the set-password link in a message's plain text. */
    static String token(MimeMessage message) throws Exception {
        Matcher m = LINK.matcher(Inbox.text(message));
        if (!m.find()) {
            throw new AssertionError("No set-password link in: " + Inbox.text(message));
        }
        return m.group(1);
    }
}
