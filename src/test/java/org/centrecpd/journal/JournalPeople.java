package org.centrecpd.journal;

import java.time.LocalDate;
import java.util.UUID;
import org.centrecpd.organisation.JobRole;
import org.centrecpd.organisation.service.PeopleService;
import org.centrecpd.organisation.service.PersonDetails;
import org.centrecpd.organisation.service.Workplaces;
import org.centrecpd.security.AccountService;
import org.centrecpd.security.Role;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * People made for a journal test, with their own sign-ins, through the admin's own services: a
 * test's fixture never depends on who the demo data happens to contain.
 */
public final class JournalPeople {

    // Not built from "journal": the password rules refuse one containing the e-mail address (journal-…@…).
    public static final String PASSWORD = "quiet harbour lantern";

    private final PeopleService people;
    private final Workplaces workplaces;
    private final AccountService accounts;
    private final UserDetailsService users;
    private final JdbcTemplate jdbc;
    private final java.util.List<Long> made = new java.util.ArrayList<>();

    public JournalPeople(PeopleService people, Workplaces workplaces, AccountService accounts, UserDetailsService users, JdbcTemplate jdbc) {
        this.people = people;
        this.workplaces = workplaces;
        this.accounts = accounts;
        this.users = users;
        this.jdbc = jdbc;
    }

    /** A new person working at a demo centre since a month ago, with a sign-in; returns their e-mail. */
    public Made make(String name, JobRole job, String centreName) {
        signInAs(org.centrecpd.demo.DemoLogins.ADMIN);
        String email = "journal-" + UUID.randomUUID().toString().substring(0, 8) + "@test.centrecpd.example";
        long id = people.save(new PersonDetails(null, 0, name, email, job)).id();
        workplaces.moveTo(id, centre(centreName), job, LocalDate.now().minusMonths(1));
        accounts.grantSignIn(id, email, name, job == JobRole.CENTRE_MANAGER ? Role.CENTRE_MANAGER : Role.PRACTITIONER,
            PASSWORD);
        made.add(id);
        return new Made(id, email);
    }

    /**
     * Removes everyone this fixture made, with their employment, sign-in and journal (shares, reads,
     * feedback and notes included), so tests that count the demo data's people and logins still can.
     */
    public void removeAll() {
        for (long id : made) {
            jdbc.update("delete from journal_read where reader_id = ?", id);
            jdbc.update("delete from journal_feedback where author_id = ?", id);
            jdbc.update("delete from journal_share where manager_id = ?", id);
            jdbc.update("delete from supervision_note where staff_id = ? or manager_id = ?", id, id);
            // Sections, tags, areas, shares, reads and feedback of the entries go with them (on delete cascade).
            jdbc.update("delete from journal_entry where person_id = ?", id);
            jdbc.update("delete from user_account where person_id = ?", id);
            jdbc.update("delete from employment where person_id = ?", id);
            jdbc.update("delete from person where id = ?", id);
        }
        made.clear();
    }

    /** Moves a person to another centre from today (as the admin). */
    public void move(long personId, String centreName, JobRole job) {
        signInAs(org.centrecpd.demo.DemoLogins.ADMIN);
        workplaces.moveTo(personId, centre(centreName), job, LocalDate.now());
    }

    public long centre(String name) {
        return jdbc.queryForObject("select id from centre where name = ?", Long.class, name);
    }

    public long personId(String email) {
        return jdbc.queryForObject("select person_id from user_account where username = ?", Long.class, email);
    }

    public void signInAs(String username) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
            UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    public record Made(long id, String email) {
    }
}
