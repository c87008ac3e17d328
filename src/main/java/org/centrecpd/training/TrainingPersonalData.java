package org.centrecpd.training;

import java.util.List;
import org.centrecpd.base.export.Table;
import org.centrecpd.base.privacy.DataKind;
import org.centrecpd.base.privacy.DataSubject;
import org.centrecpd.base.privacy.Due;
import org.centrecpd.base.privacy.LawfulBasis;
import org.centrecpd.base.privacy.PersonalData;
import org.centrecpd.base.privacy.RetentionClock;
import org.centrecpd.training.service.EvidenceFiles;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Training assigned to someone, the certificates issued to them, and the reminders sent. Assignments and
 * certificates are the evidence of statutory training beside the completions (6 years after leaving by default);
 * reminders and the opt-out are of no use once someone has left (6 months).
 */
@Component
class TrainingPersonalData implements PersonalData {

    private static final String EVIDENCE = "Evidence of which statutory and safeguarding training was required and done "
        + "(6 years after leaving by default)";

    static final DataKind ASSIGNMENTS = new DataKind("training-assignments", "Training assigned to you",
        "To show which training your job requires and by when", LawfulBasis.LEGAL_OBLIGATION,
        "You; your line managers and the improvement partners overseeing your centre; admins",
        "Database: assignment, certification_period",
        RetentionClock.AFTER_LEAVING, 72, DataKind.Disposal.DELETE, EVIDENCE);
    static final DataKind CERTIFICATES = new DataKind("training-certificates", "Certificates",
        "To prove a completed course to anyone you show the certificate to", LawfulBasis.LEGAL_OBLIGATION,
        "You; anyone with a certificate's code (its public check); your line managers; admins",
        "Database: certificate (the PDF is made when downloaded)",
        RetentionClock.AFTER_LEAVING, 72, DataKind.Disposal.DELETE, EVIDENCE);
    static final DataKind REMINDERS = new DataKind("training-reminders", "Reminder e-mails sent and your choice about them",
        "To send one reminder a day at most, and none if you turned them off", LawfulBasis.PUBLIC_TASK,
        "Nobody in the app (used by the reminder job)", "Database: reminder_sent, reminder_opt_out",
        RetentionClock.AFTER_LEAVING, 6, DataKind.Disposal.DELETE, null);

    static final DataKind EXTERNAL_CPD = new DataKind("training-external-cpd", "Learning you recorded from elsewhere",
        "To count learning done elsewhere in your CPD once your line manager has verified it", LawfulBasis.PUBLIC_TASK,
        "You; your line managers and the improvement partners overseeing your centre; admins",
        "Database: external_evidence, external_evidence_area; certificate files in the evidence folder",
        RetentionClock.AFTER_LEAVING, 72, DataKind.Disposal.DELETE, EVIDENCE);

    private final JdbcClient jdbc;
    private final EvidenceFiles evidenceFiles;

    TrainingPersonalData(JdbcClient jdbc, EvidenceFiles evidenceFiles) {
        this.jdbc = jdbc;
        this.evidenceFiles = evidenceFiles;
    }

    @Override
    public List<DataKind> kinds() {
        return List.of(ASSIGNMENTS, CERTIFICATES, REMINDERS, EXTERNAL_CPD);
    }

    @Override
    public List<Table> copyOf(DataSubject person) {
        long id = person.personId();
        List<List<Object>> assignments = jdbc.sql("""
                select v.title, a.assigned_on, a.due_on, a.required, a.refresh_months, a.completed_on, a.expires_on, a.cancelled_on
                  from assignment a join course c on c.id = a.course_id join course_version v on v.id = c.current_version_id
                 where a.person_id = :id order by a.assigned_on, a.id""")
            .param("id", id)
            .query((rs, n) -> List.<Object>of(rs.getString(1), rs.getDate(2).toLocalDate(), rs.getDate(3).toLocalDate(),
                rs.getBoolean(4) ? "required" : "recommended", rs.getObject(5) == null ? "" : rs.getInt(5), day(rs.getDate(6)),
                day(rs.getDate(7)), day(rs.getDate(8))))
            .list();
        List<List<Object>> certificates = jdbc.sql("""
                select ce.code, v.title, ce.issued_on from certificate ce join course_completion cc on cc.id = ce.completion_id
                  join course_version v on v.id = cc.course_version_id where ce.person_id = :id order by ce.issued_on, ce.code""")
            .param("id", id).query((rs, n) -> List.<Object>of(rs.getString(1), rs.getString(2), rs.getDate(3).toLocalDate())).list();
        List<List<Object>> reminders = jdbc.sql("select sent_on, kind from reminder_sent where person_id = :id order by sent_on")
            .param("id", id).query((rs, n) -> List.<Object>of(rs.getDate(1).toLocalDate(), rs.getString(2))).list();
        List<List<Object>> optOut = jdbc.sql("select since from reminder_opt_out where person_id = :id")
            .param("id", id).query((rs, n) -> List.<Object>of("Reminders turned off", rs.getDate(1).toLocalDate())).list();
        List<List<Object>> reminderRows = new java.util.ArrayList<>(reminders);
        reminderRows.addAll(optOut);
        List<List<Object>> periods = jdbc.sql("""
                select v.title, p.completed_on, p.valid_from, p.valid_until from certification_period p join course c on c.id = p.course_id
                  join course_version v on v.id = c.current_version_id where p.person_id = :id order by p.completed_on, p.id""")
            .param("id", id).query((rs, n) -> List.<Object>of(rs.getString(1), rs.getDate(2).toLocalDate(), rs.getDate(3).toLocalDate(),
                rs.getDate(4).toLocalDate())).list();
        List<List<Object>> external = jdbc.sql("""
                select x.title, x.provider, x.completed_on, x.cpd_hours, x.status, x.review_comment, x.certificate_name
                  from external_evidence x where x.person_id = :id order by x.completed_on, x.id""")
            .param("id", id).query((rs, n) -> List.<Object>of(rs.getString(1), rs.getString(2), rs.getDate(3).toLocalDate(),
                rs.getBigDecimal(4), rs.getString(5), nullToEmpty(rs.getString(6)), nullToEmpty(rs.getString(7)))).list();
        return List.of(
            new Table("External CPD", List.of("Title", "Provider", "Date", "CPD hours", "Status", "Manager's comment", "Certificate file"),
                external),
            new Table("Certification periods", List.of("Course", "Completed", "Valid from", "Valid until"), periods),
            new Table("Training assigned", List.of("Course", "Assigned", "Due", "Required", "Refresh (months)", "Completed",
                "Expires", "Cancelled"), assignments),
            new Table("Certificates", List.of("Code", "Course", "Issued"), certificates),
            new Table("Reminders", List.of("Day", "Kind"), reminderRows));
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    private static Object day(java.sql.Date date) {
        return date == null ? "" : date.toLocalDate();
    }

    @Override
    public long dispose(DataKind kind, Due due, boolean apply) {
        if (due.people().isEmpty()) {
            return 0;
        }
        if (kind.key().equals(EXTERNAL_CPD.key())) {
            if (!apply) {
                return jdbc.sql("select count(*) from external_evidence where person_id in (:people)").param("people", due.people())
                    .query(Long.class).single();
            }
            List<String> files = jdbc.sql("select distinct certificate_sha256 from external_evidence where person_id in (:people) "
                + "and certificate_sha256 is not null").param("people", due.people()).query(String.class).list();
            // Their certificate files leave the store once this commits (unless someone else's evidence has the same file).
            evidenceFiles.deleteWhenUnused(files);
            jdbc.sql("delete from external_evidence_area where evidence_id in (select id from external_evidence where person_id in (:people))")
                .param("people", due.people()).update();
            return jdbc.sql("delete from external_evidence where person_id in (:people)").param("people", due.people()).update();
        }
        String table = kind.key().equals(ASSIGNMENTS.key()) ? "assignment"
            : kind.key().equals(CERTIFICATES.key()) ? "certificate" : "reminder_sent";
        if (!apply) {
            return jdbc.sql("select count(*) from " + table + " where person_id in (:people)").param("people", due.people())
                .query(Long.class).single();
        }
        if (table.equals("assignment")) {
            // Each certification period hangs off its assignment: it goes first, with it.
            jdbc.sql("delete from certification_period where person_id in (:people)").param("people", due.people()).update();
        }
        if (table.equals("reminder_sent")) {
            jdbc.sql("delete from reminder_opt_out where person_id in (:people)").param("people", due.people()).update();
        }
        return jdbc.sql("delete from " + table + " where person_id in (:people)").param("people", due.people()).update();
    }
}
