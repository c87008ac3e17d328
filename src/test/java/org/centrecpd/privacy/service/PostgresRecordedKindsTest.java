package org.centrecpd.privacy.service;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.centrecpd.support.PostgresTest;
import org.junit.jupiter.api.Test;

/** Kinds counted from when they were recorded, on PostgreSQL, where the audit log's trigger has the last word. */
@PostgresTest
class PostgresRecordedKindsTest extends RecordedKindsContract {

    @Test
    void aRecentAuditLineStillCannotBeDeletedOrChanged() {
        jdbc.update("insert into audit_event (occurred_at, actor, action, subject, detail) values (now(), 'system', 'ROLE_CHANGED', 'x', 'recent')");
        assertThatThrownBy(() -> jdbc.update("delete from audit_event where detail = 'recent'")).hasMessageContaining("append-only");
        jdbc.update("insert into audit_event (occurred_at, actor, action, subject, detail) values (now() - interval '30 months', "
            + "'system', 'ROLE_CHANGED', 'x', 'ancient')");
        assertThatThrownBy(() -> jdbc.update("update audit_event set detail = 'changed' where detail = 'ancient'"))
            .as("an old line can go, never be changed").hasMessageContaining("append-only");
    }
}
