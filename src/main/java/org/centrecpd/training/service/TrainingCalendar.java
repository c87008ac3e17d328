package org.centrecpd.training.service;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.centrecpd.base.PeriodFunctions;
import org.centrecpd.base.Texts;
import org.centrecpd.base.calendar.CalendarEntry;
import org.centrecpd.base.calendar.Installation;
import org.centrecpd.base.ui.Dates;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * One person's training as whole-day calendar entries, for their own calendar subscription (the notifications
 * module): the due date of each assignment not yet completed, and the renewal window of each certification
 * (from the day it opens to its valid-until date). Assignments cancelled by {@code day} are left out, so a
 * subscribed calendar drops them. SEQUENCE is the assignment's version: a changed due date updates the event.
 * <p>
 * Not a scoped read: the caller has established that the person is the one asking (their secret feed token),
 * and only that person's rows are read — as the reminder job reads them.
 */
@Component
public class TrainingCalendar {

    private final JdbcClient jdbc;
    private final Installation installation;
    private final URI myLearning;
    private final Texts texts = new Texts();

    TrainingCalendar(JdbcClient jdbc, Installation installation, @Value("${centrecpd.public-url:http://localhost:8080}") String publicUrl) {
        this.jdbc = jdbc;
        this.installation = installation;
        this.myLearning = URI.create((publicUrl.endsWith("/") ? publicUrl : publicUrl + "/") + "training/mine");
    }

    public List<CalendarEntry> entriesOf(long personId, LocalDate day) {
        record Row(long id, long version, String title, LocalDate dueOn, LocalDate completedOn, LocalDate expiresOn, LocalDate opensOn) {
        }
        List<Row> rows = jdbc.sql("""
                select a.id, a.version, v.title, a.due_on, a.completed_on, a.expires_on, a.renewal_opens_on
                  from assignment a join course c on c.id = a.course_id join course_version v on v.id = c.current_version_id
                 where a.person_id = :person and """ + PeriodFunctions.inForceSql("a.assigned_on", "a.cancelled_on", ":day") + """
                 order by a.due_on, a.id""")
            .param("person", personId).param("day", day)
            .query((rs, i) -> new Row(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getObject(4, LocalDate.class),
                rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class), rs.getObject(7, LocalDate.class)))
            .list();
        List<CalendarEntry> entries = new ArrayList<>();
        for (Row row : rows) {
            if (row.completedOn() == null) {
                entries.add(CalendarEntry.days(installation.uid("assignment-due", row.id()), texts.text("calendar.training.due", row.title()),
                    row.dueOn(), row.dueOn(), row.version(), myLearning, null));
            } else if (row.expiresOn() != null && row.opensOn() != null) {
                entries.add(CalendarEntry.days(installation.uid("certification-renewal", row.id()),
                    texts.text("calendar.training.renewal", row.title()), row.opensOn(), row.expiresOn(), row.version(), myLearning,
                    texts.text("calendar.training.validUntil", Dates.day(row.expiresOn(), java.util.Locale.UK))));
            }
        }
        return entries;
    }
}
