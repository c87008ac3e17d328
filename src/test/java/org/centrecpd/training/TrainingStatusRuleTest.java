package org.centrecpd.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Set;
import java.util.List;
import org.centrecpd.support.CentreTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The status and due-date rules have one owner, {@link TrainingStatus}, written in Java and in SQL: the two
 * forms agree on every kind of row (due, overdue, completed, completed later than the day, renewal window
 * open or not yet, expired, valid until the day), evaluated by the database the app runs on.
 */
@CentreTest
class TrainingStatusRuleTest {

    private static final LocalDate DAY = LocalDate.of(2026, 6, 15);

    @Autowired
    JdbcClient jdbc;

    record Row(LocalDate due, LocalDate completed, LocalDate expires, LocalDate opens) {
    }

    private static List<Row> rows() {
        List<LocalDate> dates = new ArrayList<>();
        for (int offset : new int[] {-30, -1, 0, 1, 30}) {
            dates.add(DAY.plusDays(offset));
        }
        List<Row> rows = new ArrayList<>();
        for (LocalDate due : dates) {
            rows.add(new Row(due, null, null, null));
            for (LocalDate completed : dates) {
                rows.add(new Row(due, completed, null, null));
                for (LocalDate expires : dates) {
                    if (!expires.isBefore(completed)) {
                        for (LocalDate opens : dates) {
                            if (!opens.isAfter(expires)) {
                                rows.add(new Row(due, completed, expires, opens));
                            }
                        }
                    }
                }
            }
        }
        return rows;
    }

    @Test
    void theDatabaseAndJavaGiveTheSameStatusAndDueDateForEveryKindOfRow() {
        // No assignment has id -1, so no certification period: the rows are judged on their own dates.
        String sql = "select " + TrainingStatus.sql("cast(-1 as bigint)", "cast(:completed as date)", "cast(:expires as date)", "cast(:opens as date)",
            "cast(:due as date)", "cast(:day as date)") + ", " + TrainingStatus.effectiveDueSql("cast(-1 as bigint)", "cast(:completed as date)",
            "cast(:expires as date)", "cast(:opens as date)", "cast(:due as date)", "cast(:day as date)");
        List<Row> rows = rows();
        assertThat(rows).hasSizeGreaterThan(200);
        Set<TrainingStatus> seen = EnumSet.noneOf(TrainingStatus.class);
        for (Row row : rows) {
            record Answer(int status, LocalDate due) {
            }
            Answer db = jdbc.sql(sql).param("completed", row.completed()).param("expires", row.expires()).param("opens", row.opens())
                .param("due", row.due()).param("day", DAY)
                .query((rs, n) -> new Answer(rs.getInt(1), rs.getObject(2, LocalDate.class))).single();
            TrainingStatus java = TrainingStatus.of(row.due(), row.completed(), row.expires(), row.opens(), DAY);
            assertThat(TrainingStatus.ofCode(db.status())).as("status of %s", row).isEqualTo(java);
            assertThat(db.due()).as("due date of %s", row)
                .isEqualTo(TrainingStatus.effectiveDue(row.due(), row.completed(), row.expires(), row.opens(), DAY));
            seen.add(java);
        }
        // Every status occurs among the rows, so each branch of both forms was compared.
        assertThat(seen).containsExactlyInAnyOrder(TrainingStatus.values());
    }

    @Test
    void theCompletionHeldOnADayIsTheLatestIfMadeByThenAndNoneWithoutAPeriodHeldBefore() {
        // No assignment has id -1, so no certification period: a completion after the day was not held then.
        String sql = "select " + TrainingStatus.completedThenSql("cast(-1 as bigint)", "cast(:completed as date)",
            "cast(:expires as date)", "cast(:day as date)") + ", " + TrainingStatus.validUntilThenSql("cast(-1 as bigint)",
            "cast(:completed as date)", "cast(:expires as date)", "cast(:day as date)");
        record Held(LocalDate completed, LocalDate until) {
        }
        java.util.function.BiFunction<LocalDate, LocalDate, Held> held = (completed, expires) -> jdbc.sql(sql)
            .param("completed", completed).param("expires", expires).param("day", DAY)
            .query((rs, n) -> new Held(rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class))).single();
        assertThat(held.apply(DAY, DAY.plusYears(2))).isEqualTo(new Held(DAY, DAY.plusYears(2)));
        assertThat(held.apply(DAY.minusDays(1), null)).as("taken once").isEqualTo(new Held(DAY.minusDays(1), null));
        assertThat(held.apply(DAY.plusDays(1), DAY.plusYears(2))).isEqualTo(new Held(null, null));
        assertThat(held.apply(DAY.plusDays(1), null)).isEqualTo(new Held(null, null));
        assertThat(held.apply(null, null)).isEqualTo(new Held(null, null));
    }

    @Test
    void aRecurringCourseCompletedAfterTheDayAskedAboutIsDueOnItsDueDateThen() {
        // Seen as at a day before the completion, the assignment is due on its due date, not on the day that later
        // completion expires (the matrix as at an earlier day used to show the expiry date).
        LocalDate due = DAY.plusDays(10);
        assertThat(TrainingStatus.effectiveDue(due, DAY.plusDays(5), DAY.plusDays(400), DAY.plusDays(340), DAY)).isEqualTo(due);
        assertThat(TrainingStatus.of(due, DAY.plusDays(5), DAY.plusDays(400), DAY.plusDays(340), DAY)).isEqualTo(TrainingStatus.DUE);
    }

    @Test
    void beforeARenewalTheStatusIsThatOfThePeriodHeldThen() {
        // Renewed on 20 Jan 2026 (now valid to 2028); the period held before ran to 1 Mar 2026, its window from 31 Dec 2025.
        LocalDate due = LocalDate.of(2024, 4, 1);
        LocalDate completed = LocalDate.of(2026, 1, 20);
        LocalDate expires = LocalDate.of(2028, 3, 1);
        LocalDate opens = LocalDate.of(2027, 12, 31);
        TrainingStatus.Validity held = new TrainingStatus.Validity(LocalDate.of(2026, 3, 1), LocalDate.of(2025, 12, 31));
        assertThat(TrainingStatus.of(due, completed, expires, opens, LocalDate.of(2025, 12, 30), held)).isEqualTo(TrainingStatus.COMPLETED);
        assertThat(TrainingStatus.effectiveDue(due, completed, expires, opens, LocalDate.of(2025, 12, 30), held)).isEqualTo(due);
        assertThat(TrainingStatus.of(due, completed, expires, opens, LocalDate.of(2026, 1, 5), held)).isEqualTo(TrainingStatus.RENEWAL_DUE);
        assertThat(TrainingStatus.effectiveDue(due, completed, expires, opens, LocalDate.of(2026, 1, 5), held))
            .isEqualTo(LocalDate.of(2026, 3, 1));
        TrainingStatus.Validity lapsed = new TrainingStatus.Validity(LocalDate.of(2025, 12, 1), LocalDate.of(2025, 10, 2));
        assertThat(TrainingStatus.of(due, completed, expires, opens, LocalDate.of(2026, 1, 5), lapsed)).isEqualTo(TrainingStatus.EXPIRED);
        assertThat(TrainingStatus.of(due, completed, expires, opens, LocalDate.of(2026, 1, 5), null))
            .as("no period held then: judged by the due date").isEqualTo(TrainingStatus.OVERDUE);
    }

    @Test
    void aCertificationIsCompletedThenRenewalDueThenValidOnItsLastDayThenExpiredNeverOverdue() {
        LocalDate completed = LocalDate.of(2024, 6, 15);
        TrainingStatus.Validity v = TrainingStatus.validity(completed, 24, 60, null, null);
        assertThat(v.validUntil()).isEqualTo(LocalDate.of(2026, 6, 15));
        assertThat(v.renewalOpensOn()).isEqualTo(LocalDate.of(2026, 4, 16));
        LocalDate due = LocalDate.of(2024, 7, 1);
        assertThat(TrainingStatus.of(due, completed, v.validUntil(), v.renewalOpensOn(), LocalDate.of(2026, 4, 15)))
            .isEqualTo(TrainingStatus.COMPLETED);
        assertThat(TrainingStatus.of(due, completed, v.validUntil(), v.renewalOpensOn(), LocalDate.of(2026, 4, 16)))
            .isEqualTo(TrainingStatus.RENEWAL_DUE);
        assertThat(TrainingStatus.effectiveDue(due, completed, v.validUntil(), v.renewalOpensOn(), LocalDate.of(2026, 4, 16)))
            .isEqualTo(v.validUntil());
        assertThat(TrainingStatus.of(due, completed, v.validUntil(), v.renewalOpensOn(), v.validUntil()))
            .isEqualTo(TrainingStatus.RENEWAL_DUE);
        assertThat(TrainingStatus.of(due, completed, v.validUntil(), v.renewalOpensOn(), v.validUntil().plusDays(1)))
            .isEqualTo(TrainingStatus.EXPIRED);
        assertThat(TrainingStatus.of(due, completed, v.validUntil(), v.renewalOpensOn(), v.validUntil().plusYears(1)))
            .isEqualTo(TrainingStatus.EXPIRED);
    }

    @Test
    void renewingInsideTheWindowRunsOnFromTheOldEndAndRenewingAfterALapseStartsAfresh() {
        LocalDate until = LocalDate.of(2026, 6, 15);
        LocalDate opens = until.minusDays(60);
        assertThat(TrainingStatus.validity(LocalDate.of(2026, 5, 1), 24, 60, opens, until).validUntil())
            .as("renewed in the window: no time lost").isEqualTo(LocalDate.of(2028, 6, 15));
        assertThat(TrainingStatus.validity(LocalDate.of(2026, 7, 1), 24, 60, opens, until).validUntil())
            .as("renewed after it lapsed").isEqualTo(LocalDate.of(2028, 7, 1));
        assertThat(TrainingStatus.validity(LocalDate.of(2026, 3, 1), 24, 60, opens, until).validUntil())
            .as("taken again before the window").isEqualTo(LocalDate.of(2028, 3, 1));
        assertThat(TrainingStatus.validity(LocalDate.of(2026, 3, 1), null, 60, opens, until)).as("taken once").isNull();
    }
}
