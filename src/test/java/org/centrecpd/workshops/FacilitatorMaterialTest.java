package org.centrecpd.workshops;

import org.centrecpd.support.CentreTest;
import static org.assertj.core.api.Assertions.assertThat;

import org.centrecpd.courses.service.LearningService;
import org.centrecpd.courses.service.UnitPage;
import org.centrecpd.demo.DemoLogins;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Facilitator material in the course player: participants never see it; improvement partners and
 * admins always do; a practitioner sees it while she facilitates a session of the course.
 */
@CentreTest
class FacilitatorMaterialTest {

    @Autowired
    LearningService learning;
    @Autowired
    JdbcTemplate jdbc;

    /** The facilitator material a unit of Managing change holds in its file, in order. */
    private static java.util.List<String> materialInTheFile(int order) {
        return org.centrecpd.courses.files.CourseFolderReader.read(java.nio.file.Path.of("courses")).courses().stream()
            .filter(c -> c.slug().equals("managing-change")).findFirst().orElseThrow().units().stream()
            .filter(u -> u.order() == order).findFirst().orElseThrow().parts().stream()
            .filter(p -> p instanceof org.centrecpd.courses.files.PartSource.Facilitator)
            .map(p -> ((org.centrecpd.courses.files.PartSource.Facilitator) p).material()).toList();
    }

    private long facilitatorParts(int unit) {
        return learning.openUnit("managing-change", unit).parts().stream().filter(p -> p instanceof UnitPage.Facilitator).count();
    }

    @Test
    @WithUserDetails(value = DemoLogins.PRACTITIONER, setupBefore = TestExecutionEvent.TEST_METHOD)
    void aParticipantSeesTheUnitWithoutItsFacilitatorMaterialUntilSheFacilitates() {
        UnitPage unit = learning.openUnit("managing-change", 2);
        assertThat(unit.parts()).noneMatch(p -> p instanceof UnitPage.Facilitator);
        assertThat(unit.parts()).filteredOn(p -> p instanceof UnitPage.Text)
            .noneMatch(p -> ((UnitPage.Text) p).html().contains("Handout A"));
        assertThat(facilitatorParts(1)).as("no session plan for participants").isZero();

        long amara = jdbc.queryForObject("select person_id from user_account where username = ?", Long.class, DemoLogins.PRACTITIONER);
        long session = jdbc.queryForObject("select min(id) from workshop_session", Long.class);
        jdbc.update("insert into workshop_facilitator (session_id, person_id) values (?, ?)", session, amara);
        try {
            assertThat(facilitatorParts(2)).isEqualTo(materialInTheFile(2).size()).isPositive();
            assertThat(facilitatorParts(1)).isEqualTo(materialInTheFile(1).size()).isPositive();
        } finally {
            jdbc.update("delete from workshop_facilitator where session_id = ? and person_id = ?", session, amara);
        }
        assertThat(facilitatorParts(2)).isZero();
    }

    @Test
    @WithUserDetails(value = DemoLogins.PARTNER, setupBefore = TestExecutionEvent.TEST_METHOD)
    void anImprovementPartnerSeesTheSessionPlanActivitiesAndHandouts() {
        assertThat(learning.openUnit("managing-change", 1).parts()).filteredOn(p -> p instanceof UnitPage.Facilitator)
            .extracting(p -> ((UnitPage.Facilitator) p).material()).containsExactlyElementsOf(materialInTheFile(1)).contains("plan");
        assertThat(learning.openUnit("managing-change", 2).parts()).filteredOn(p -> p instanceof UnitPage.Facilitator)
            .extracting(p -> ((UnitPage.Facilitator) p).material()).containsExactlyElementsOf(materialInTheFile(2))
            .contains("activity", "handout");
    }
}
