package org.centrecpd.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import org.centrecpd.base.RuleViolation;
import org.centrecpd.organisation.JobRole;
import org.centrecpd.organisation.service.PeopleService;
import org.centrecpd.organisation.service.Remits;
import org.centrecpd.support.CentreTest;
import org.centrecpd.support.Fixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * A change of role or remit is a line in the audit log naming who made it, whose it was, what it was before and
 * what it is now (issue 34 §3); a changed role ends the sessions signed in with the old one.
 */
@CentreTest
class RoleChangeAuditTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AccountService accounts;
    @Autowired
    PeopleService people;
    @Autowired
    Remits remits;

    private Map<String, Object> lastLine(String action, String subject) {
        return jdbc.queryForMap("select actor, subject, detail from audit_event where action = ? and subject = ? order by id desc limit 1",
            action, subject);
    }

    @Test
    void anAdminChangingARoleIsAuditedWithWhoWhomFromAndTo() throws Exception {
        Fixture org = new Fixture(jdbc);
        long centre = org.centre("Roleford");
        Fixture.Login admin = org.login("Ada Roles", Role.ADMIN, null, JobRole.CENTRE_ADMINISTRATOR);
        Fixture.Login deputy = org.login("Dee Deputy", Role.PRACTITIONER, centre, JobRole.DEPUTY_MANAGER);
        SignedInUser deputysSession = deputy.user();
        assertThat(accounts.sessionStillValid(deputysSession)).isTrue();

        Fixture.as(admin, () -> {
            accounts.changeRole(deputy.personId(), Role.CENTRE_MANAGER);
            return null;
        });

        assertThat(lastLine("ROLE_CHANGED", deputy.email())).containsEntry("actor", admin.email())
            .containsEntry("detail", "from PRACTITIONER to CENTRE_MANAGER");
        assertThat(jdbc.queryForObject("select role from user_account where id = ?", String.class, deputy.accountId()))
            .isEqualTo("CENTRE_MANAGER");
        assertThat(accounts.sessionStillValid(deputysSession)).as("the session signed in as a practitioner ends").isFalse();
    }

    @Test
    void onlyAnAdminMayChangeARoleAndTheLastAdminStaysOne() throws Exception {
        Fixture org = new Fixture(jdbc);
        long centre = org.centre("Roleford");
        Fixture.Login manager = org.login("Mel Manager", Role.CENTRE_MANAGER, centre, JobRole.CENTRE_MANAGER);
        Fixture.Login practitioner = org.login("Pam Roles", Role.PRACTITIONER, centre, JobRole.FAMILY_SUPPORT_WORKER);

        assertThatThrownBy(() -> Fixture.as(manager, () -> {
            accounts.changeRole(practitioner.personId(), Role.ADMIN);
            return null;
        })).isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'ROLE_CHANGED' and subject = ?", Integer.class,
            practitioner.email())).isZero();

        // Every other admin disabled for the moment of the check (the shared database has the demo's admins).
        Fixture.Login onlyAdmin = org.login("Olive Onlyadmin", Role.ADMIN, null, JobRole.CENTRE_ADMINISTRATOR);
        jdbc.update("update user_account set enabled = false where role = 'ADMIN' and id <> ? and enabled = true", onlyAdmin.accountId());
        try {
            assertThatThrownBy(() -> Fixture.as(onlyAdmin, () -> {
                accounts.changeRole(onlyAdmin.personId(), Role.PRACTITIONER);
                return null;
            })).isInstanceOf(RuleViolation.class).hasMessageContaining("account.lastAdmin");
        } finally {
            jdbc.update("update user_account set enabled = true where role = 'ADMIN' and enabled = false and id <> ?", onlyAdmin.accountId());
        }
    }

    @Test
    void addingToARemitIsAuditedWithTheRemitBeforeAndAfter() throws Exception {
        Fixture org = new Fixture(jdbc);
        Fixture other = new Fixture(jdbc, "Remitshire");
        Fixture.Login admin = org.login("Ada Remits", Role.ADMIN, null, JobRole.CENTRE_ADMINISTRATOR);
        Fixture.Login partner = org.login("Pat Remit", Role.IMPROVEMENT_PARTNER, null, JobRole.IMPROVEMENT_PARTNER);
        org.oversee(partner.personId());

        Fixture.as(admin, () -> {
            remits.addToRemit(partner.personId(), other.authority, null, LocalDate.of(2025, 9, 1));
            return null;
        });

        Map<String, Object> line = lastLine("REMIT_CHANGED", partner.email());
        assertThat(line).containsEntry("actor", admin.email());
        assertThat((String) line.get("detail")).contains("added authority " + other.name + ", from 2025-09-01")
            .contains("remit was: authority " + org.name + " from 2020-01-01;")
            .containsPattern("now: .*authority " + other.name + " from 2025-09-01").containsPattern("now: .*authority " + org.name);
    }
}
