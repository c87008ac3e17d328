package org.centrecpd.audit;

import org.centrecpd.support.PostgresTest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.centrecpd.audit.service.AuditFilter;
import org.centrecpd.audit.service.AuditLog;
import org.centrecpd.demo.DemoLogins;
import org.centrecpd.support.TestPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The audit log on a real PostgreSQL: written and filtered there, and append-only for anyone who connects. */
@PostgresTest
@WithUserDetails(value = DemoLogins.ADMIN, setupBefore = TestExecutionEvent.TEST_METHOD)
class PostgresAuditLogTest {

    @Autowired
    AuditLog log;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager txManager;

    @Test
    void anEventIsWrittenWithItsActorAndFoundByTheFilters() {
        new TransactionTemplate(txManager).executeWithoutResult(s ->
            events.publishEvent(new AuditEvent(AuditAction.STAFF_IMPORTED, "staff-pg.csv", "3 created")));
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/London"));
        var found = log.find(new AuditFilter("staff-pg", AuditAction.STAFF_IMPORTED, today, today), Pageable.ofSize(5));
        assertThat(found).singleElement().satisfies(r -> {
            assertThat(r.actor()).isEqualTo(DemoLogins.ADMIN);
            assertThat(r.detail()).isEqualTo("3 created");
        });
    }

    @Test
    void theDatabaseRefusesToChangeOrRemoveALine() {
        events.publishEvent(new AuditEvent(AuditAction.ORGANISATION_IMPORTED, "keep-me.xlsx", null));
        assertThatThrownBy(() -> jdbc.update("update audit_event set actor = 'someone else' where subject = 'keep-me.xlsx'"))
            .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from audit_event where subject = 'keep-me.xlsx'"))
            .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.execute("truncate audit_event"))
            .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where subject = 'keep-me.xlsx'", Long.class)).isEqualTo(1);
    }

}
