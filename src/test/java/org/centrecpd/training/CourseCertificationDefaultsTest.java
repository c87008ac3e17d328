package org.centrecpd.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.centrecpd.organisation.JobRole;
import org.centrecpd.security.Role;
import org.centrecpd.support.CentreTest;
import org.centrecpd.support.Fixture;
import org.centrecpd.support.TestClock;
import org.centrecpd.training.domain.CourseChoice;
import org.centrecpd.training.service.Assigning;
import org.centrecpd.training.service.AssignmentService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A course's own certification defaults (issue 32 §1): the safeguarding refresher's course file says a completion counts
 * for 24 months with a renewal window of 60 days; assigning starts from them, and an assignment keeps what it was given
 * when the course's default changes later.
 */
@CentreTest
class CourseCertificationDefaultsTest {

    @Autowired
    AssignmentService assignments;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestClock clock;

    @Test
    void theCoursesOfferedToAssignCarryTheirCourseFilesDefaults() throws Exception {
        Fixture f = new Fixture(jdbc);
        long centre = f.centre("Hazel");
        Fixture.Login manager = f.login("Hana Manager", Role.CENTRE_MANAGER, centre, JobRole.CENTRE_MANAGER);

        var offered = Fixture.as(manager, assignments::courses);

        assertThat(offered).filteredOn(c -> c.slug().equals("safeguarding-refresher")).singleElement()
            .satisfies(c -> {
                assertThat(c.validityMonths()).isEqualTo(24);
                assertThat(c.renewalWindowDays()).isEqualTo(60);
            });
        assertThat(offered).filteredOn(c -> c.slug().equals("future-leaders")).singleElement()
            .satisfies(c -> {
                assertThat(c.validityMonths()).isNull();
                assertThat(c.renewalWindowOr(Assigning.DEFAULT_RENEWAL_WINDOW_DAYS)).isEqualTo(Assigning.DEFAULT_RENEWAL_WINDOW_DAYS);
            });
    }

    @Test
    void anAssignmentMadeFromTheCourseDefaultKeepsItsTermsWhenTheDefaultChanges() throws Exception {
        Fixture f = new Fixture(jdbc);
        long centre = f.centre("Rowan");
        Fixture.Login manager = f.login("Rae Manager", Role.CENTRE_MANAGER, centre, JobRole.CENTRE_MANAGER);
        long person = f.person("Sol Worker");
        f.employ(person, centre, JobRole.FAMILY_SUPPORT_WORKER, Fixture.SINCE, null);
        CourseChoice safeguarding = Fixture.as(manager, assignments::courses).stream()
            .filter(c -> c.slug().equals("safeguarding-refresher")).findFirst().orElseThrow();
        LocalDate due = LocalDate.now(clock).plusDays(30);

        Fixture.as(manager, () -> assignments.assign(Assigning.toPeople(safeguarding.id(), Set.of(person), due, true,
            safeguarding.validityMonths()).withRenewalWindow(safeguarding.renewalWindowOr(Assigning.DEFAULT_RENEWAL_WINDOW_DAYS))));
        // The course file changes its default later (a re-import): the assignment made earlier is not touched.
        jdbc.update("update course set validity_months = 12, renewal_window_days = 30 where id = ?", safeguarding.id());
        try {
            Map<String, Object> row = jdbc.queryForMap(
                "select refresh_months, renewal_window_days from assignment where person_id = ? and course_id = ?", person, safeguarding.id());
            assertThat(((Number) row.get("refresh_months")).intValue()).isEqualTo(24);
            assertThat(((Number) row.get("renewal_window_days")).intValue()).isEqualTo(60);
        } finally {
            jdbc.update("update course set validity_months = 24, renewal_window_days = 60 where id = ?", safeguarding.id());
        }
    }
}
