package org.centrecpd.training;

import org.centrecpd.support.CentreTest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import org.centrecpd.support.Fixture;
import org.centrecpd.base.NotFoundException;
import org.centrecpd.courses.CorePurposeArea;
import org.centrecpd.demo.DemoLogins;
import org.centrecpd.organisation.JobRole;
import org.centrecpd.training.service.CompletionService;
import org.centrecpd.training.service.Coverage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Core-purpose coverage against numbers worked out by hand, on a centre of the test's own:
 * <pre>
 *   Four staff. Ann completed Managing change (2025); Ben completed Managing change and Future
 *   leaders (Ben's Future leaders on 1 Mar 2026); Cat completed nothing; Dan left before.
 *   Managing change: improving outcomes, targeted support, engaging parents, partnership working.
 *   Future leaders: the same four, plus assessing need and sharing expertise.
 * </pre>
 */
@CentreTest
@WithUserDetails(value = DemoLogins.ADMIN, setupBefore = TestExecutionEvent.TEST_METHOD)
class TrainingCoverageTest {

    @Autowired
    CompletionService completion;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void eachAreaCountsTheStaffTrainedInItAndNamesTheGaps() {
        Fixture org = new Fixture(jdbc);
        long provider = org.provider("P");
        long centre = org.centre("Coverage");
        org.arrangement(centre, provider, null, LocalDate.of(2024, 1, 1), null);
        long ann = org.person("Ann Covered");
        long ben = org.person("Ben Covered");
        long cat = org.person("Cat Covered");
        long dan = org.person("Dan Gone");
        org.employ(ann, centre, JobRole.FAMILY_SUPPORT_WORKER, LocalDate.of(2025, 1, 1), null);
        org.employ(ben, centre, JobRole.OUTREACH_WORKER, LocalDate.of(2025, 1, 1), null);
        org.employ(cat, centre, JobRole.EARLY_YEARS_PRACTITIONER, LocalDate.of(2025, 1, 1), null);
        org.employ(dan, centre, JobRole.EARLY_YEARS_PRACTITIONER, LocalDate.of(2024, 1, 1), LocalDate.of(2025, 1, 1));
        org.completed(ann, "managing-change", LocalDate.of(2025, 6, 1));
        org.completed(ben, "managing-change", LocalDate.of(2025, 7, 1));
        org.completed(ben, "future-leaders", LocalDate.of(2026, 3, 1));
        org.completed(dan, "future-leaders", LocalDate.of(2024, 6, 1)); // left before: does not count

        Coverage now = completion.coverage(centre, LocalDate.of(2026, 6, 1));
        assertThat(now.staff()).isEqualTo(3);
        assertThat(trained(now)).containsExactlyInAnyOrderEntriesOf(Map.of(
            CorePurposeArea.IMPROVING_OUTCOMES, 2L, CorePurposeArea.TARGETED_SUPPORT, 2L, CorePurposeArea.ENGAGING_PARENTS, 2L,
            CorePurposeArea.PARTNERSHIP_WORKING, 2L, CorePurposeArea.ASSESSING_NEED, 1L, CorePurposeArea.SHARING_EXPERTISE, 1L,
            CorePurposeArea.UNIVERSAL_SERVICES, 0L, CorePurposeArea.COMMUNITY_HUB, 0L));
        assertThat(now.gaps()).isEqualTo(2);
        assertThat(now.areas().stream().filter(a -> a.area() == CorePurposeArea.ENGAGING_PARENTS).findFirst().orElseThrow().percent())
            .isEqualTo(67);

        // Before Ben's Future leaders: assessing need and sharing expertise were gaps too.
        Coverage before = completion.coverage(centre, LocalDate.of(2026, 2, 1));
        assertThat(before.gaps()).isEqualTo(4);
        assertThat(trained(before).get(CorePurposeArea.ASSESSING_NEED)).isZero();
    }

    @Test
    @WithUserDetails(value = DemoLogins.OTHER_MANAGER, setupBefore = TestExecutionEvent.TEST_METHOD)
    void anotherCentresCoverageIsNotFound() {
        long ashbrook = jdbc.queryForObject("select id from centre where name = 'Ashbrook Children''s Centre'", Long.class);
        assertThatThrownBy(() -> completion.coverage(ashbrook, null)).isInstanceOf(NotFoundException.class);
    }

    private static Map<CorePurposeArea, Long> trained(Coverage c) {
        return c.areas().stream().collect(Collectors.toMap(Coverage.Area::area, Coverage.Area::trained));
    }
}
