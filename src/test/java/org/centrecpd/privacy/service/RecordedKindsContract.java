package org.centrecpd.privacy.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;
import org.centrecpd.base.privacy.Due;
import org.centrecpd.base.privacy.RetentionClock;
import org.centrecpd.privacy.PrivacyPeople;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Kinds counted from when they were recorded (audit lines, unused links): older than the period goes, except what is
 * about someone under a legal hold. Asked of each module directly for a day long past, so the shared database's
 * other rows are not touched. On each database we support: on PostgreSQL a trigger refuses deleting an audit line
 * younger than the audit period, whatever the app asks.
 */
abstract class RecordedKindsContract {

    @Autowired
    PrivacyRegister register;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anAuditLineOlderThanItsPeriodGoesUnlessItIsAboutSomeoneHeld() {
        PrivacyPeople people = new PrivacyPeople(jdbc);
        LocalDate longAgo = LocalDate.of(2001, 1, 1);
        for (String email : new String[] {people.ada.email(), people.ben.email()}) {
            jdbc.update("insert into audit_event (occurred_at, actor, action, subject, detail) values (?, 'system', 'ROLE_CHANGED', ?, 'old')",
                Timestamp.valueOf(LocalDateTime.of(2000, 6, 1, 9, 0)), email);
        }
        var audit = register.kind("audit-events");
        assertThat(audit.clock()).isEqualTo(RetentionClock.AFTER_RECORDED);
        Due due = Due.recordedBefore(longAgo, Set.of(people.ben.personId()), Set.of(people.ben.email()));
        long dryRun = register.holderOf(audit).dispose(audit, due, false);
        assertThat(dryRun).isGreaterThanOrEqualTo(1);
        assertThat(register.holderOf(audit).dispose(audit, due, true)).isEqualTo(dryRun);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where detail = 'old' and subject = ?", Long.class, people.ada.email())).isZero();
        assertThat(jdbc.queryForObject("select count(*) from audit_event where detail = 'old' and subject = ?", Long.class, people.ben.email()))
            .as("held").isEqualTo(1);
        assertThat(register.holderOf(audit).dispose(audit, Due.erasureOf(people.ada.personId()), false))
            .as("kept on an erasure request").isZero();
    }

    @Test
    void anInvitationNeverUsedGoesAfterItsPeriod() {
        PrivacyPeople people = new PrivacyPeople(jdbc);
        jdbc.update("insert into account_link (account_id, purpose, token_hash, created_at, expires_at) values (?, 'INVITATION', ?, ?, ?)",
            people.ada.accountId(), "old-" + System.nanoTime(), Timestamp.valueOf(LocalDateTime.of(2000, 1, 1, 9, 0)),
            Timestamp.valueOf(LocalDateTime.of(2000, 1, 15, 9, 0)));
        var links = register.kind("security-invitations");
        register.holderOf(links).dispose(links, Due.recordedBefore(LocalDate.of(2001, 1, 1), Set.of(), Set.of()), true);
        assertThat(jdbc.queryForObject("select count(*) from account_link where account_id = ?", Long.class, people.ada.accountId())).isZero();
    }
}
