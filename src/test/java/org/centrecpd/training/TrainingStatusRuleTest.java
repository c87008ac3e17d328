package org.centrecpd.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.centrecpd.support.CentreTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The status and due-date rules have one owner, {@link TrainingStatus}, written in Java and in SQL: the two
 * forms agree on every kind of row (due, overdue, completed, completed later than the day, expired, expiring
 * on the day), evaluated by the database the app runs on.
 */
@CentreTest
class TrainingStatusRuleTest {

    private static final LocalDate DAY = LocalDate.of(2026, 6, 15);

    @Autowired
    JdbcClient jdbc;

    record Row(LocalDate due, LocalDate completed, LocalDate expires) {
    }

    private static List<Row> rows() {
        List<LocalDate> dates = new ArrayList<>();
        for (int offset : new int[] {-30, -1, 0, 1, 30}) {
            dates.add(DAY.plusDays(offset));
        }
        List<Row> rows = new ArrayList<>();
        for (LocalDate due : dates) {
            rows.add(new Row(due, null, null));
            for (LocalDate completed : dates) {
                rows.add(new Row(due, completed, null));
                for (LocalDate expires : dates) {
                    if (!expires.isBefore(completed)) {
                        rows.add(new Row(due, completed, expires));
                    }
                }
            }
        }
        return rows;
    }

    @Test
    void theDatabaseAndJavaGiveTheSameStatusAndDueDateForEveryKindOfRow() {
        String sql = "select " + TrainingStatus.sql("cast(:completed as date)", "cast(:expires as date)", "cast(:due as date)",
            "cast(:day as date)") + ", " + TrainingStatus.effectiveDueSql("cast(:completed as date)", "cast(:expires as date)",
            "cast(:due as date)", "cast(:day as date)");
        List<Row> rows = rows();
        assertThat(rows).hasSizeGreaterThan(50);
        for (Row row : rows) {
            record Answer(int status, LocalDate due) {
            }
            Answer db = jdbc.sql(sql).param("completed", row.completed()).param("expires", row.expires()).param("due", row.due())
                .param("day", DAY).query((rs, n) -> new Answer(rs.getInt(1), rs.getObject(2, LocalDate.class))).single();
            assertThat(TrainingStatus.ofCode(db.status())).as("status of %s", row)
                .isEqualTo(TrainingStatus.of(row.due(), row.completed(), row.expires(), DAY));
            assertThat(db.due()).as("due date of %s", row)
                .isEqualTo(TrainingStatus.effectiveDue(row.due(), row.completed(), row.expires(), DAY));
        }
    }

    @Test
    void aRecurringCourseCompletedAfterTheDayAskedAboutIsDueOnItsDueDateThen() {
        // Seen as at a day before the completion, the assignment is due on its due date, not on the day that later
        // completion expires (the matrix as at an earlier day used to show the expiry date).
        LocalDate due = DAY.plusDays(10);
        assertThat(TrainingStatus.effectiveDue(due, DAY.plusDays(5), DAY.plusDays(400), DAY)).isEqualTo(due);
        assertThat(TrainingStatus.of(due, DAY.plusDays(5), DAY.plusDays(400), DAY)).isEqualTo(TrainingStatus.DUE);
    }
}
