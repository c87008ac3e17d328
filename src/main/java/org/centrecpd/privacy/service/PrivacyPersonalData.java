package org.centrecpd.privacy.service;

import java.util.List;
import org.centrecpd.base.export.Table;
import org.centrecpd.base.privacy.DataKind;
import org.centrecpd.base.privacy.DataSubject;
import org.centrecpd.base.privacy.Due;
import org.centrecpd.base.privacy.LawfulBasis;
import org.centrecpd.base.privacy.PersonalData;
import org.centrecpd.base.privacy.RetentionClock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * This module's own records about people: their requests for a copy. (A legal hold is not in a person's copy: telling
 * them could prejudice the investigation it protects, an exemption under the Data Protection Act 2018, Schedule 2.)
 */
@Component
class PrivacyPersonalData implements PersonalData {

    static final DataKind REQUESTS = new DataKind("privacy-requests", "Your requests for a copy of your data",
        "To answer each request within the month the law allows, and show that it was answered", LawfulBasis.LEGAL_OBLIGATION,
        "You; admins", "Database: subject_access_request (the copy itself is never stored)",
        RetentionClock.AFTER_LEAVING, 72, DataKind.Disposal.DELETE,
        "The record that a request was received and answered, for the Information Commissioner if asked (6 years after leaving)");

    private final JdbcClient jdbc;

    PrivacyPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<DataKind> kinds() {
        return List.of(REQUESTS);
    }

    @Override
    public List<Table> copyOf(DataSubject person) {
        List<List<Object>> rows = jdbc.sql("""
                select channel, received_on, due_on, fulfilled_at, downloads from subject_access_request
                 where person_id = :id order by received_on, id""")
            .param("id", person.personId())
            .query((rs, n) -> List.<Object>of(rs.getString(1), rs.getDate(2).toLocalDate(), rs.getDate(3).toLocalDate(),
                rs.getTimestamp(4) == null ? "" : rs.getTimestamp(4).toInstant().toString(), rs.getInt(5)))
            .list();
        return List.of(new Table("Your requests for a copy", List.of("How asked", "Received", "Due", "First downloaded", "Downloads"), rows));
    }

    @Override
    public long dispose(DataKind kind, Due due, boolean apply) {
        if (due.people().isEmpty()) {
            return 0;
        }
        var spec = jdbc.sql((apply ? "delete" : "select count(*)") + " from subject_access_request where person_id in (:people)")
            .param("people", due.people());
        return apply ? spec.update() : spec.query(Long.class).single();
    }
}
