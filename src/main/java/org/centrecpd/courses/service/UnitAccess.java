package org.centrecpd.courses.service;

import java.util.Optional;
import org.centrecpd.base.RuleViolation;
import org.centrecpd.courses.FacilitatorAccess;
import org.centrecpd.courses.domain.Course;
import org.centrecpd.courses.domain.CourseUnit;
import org.centrecpd.security.CurrentUser;
import org.centrecpd.security.Role;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Who may read what of a unit: a workshop's facilitator material, and a unit that waits for the learner's attendance
 * at a session (issue 32 §4). The player's one owner of both rules.
 */
@Component
class UnitAccess {

    private final LearnerProgress progress;
    private final CurrentUser currentUser;
    private final ObjectProvider<FacilitatorAccess> facilitators;

    UnitAccess(LearnerProgress progress, CurrentUser currentUser, ObjectProvider<FacilitatorAccess> facilitators) {
        this.progress = progress;
        this.currentUser = currentUser;
        this.facilitators = facilitators;
    }

    /**
     * May I see a course's facilitator material? Improvement partners and admins always; anyone else
     * only while they facilitate a session of it. Participants never: the material holds the answers
     * to the group activities and notes about handling the room.
     */
    boolean seesFacilitatorMaterial(String slug) {
        Role role = currentUser.require().role();
        if (role == Role.IMPROVEMENT_PARTNER || role == Role.ADMIN) {
            return true;
        }
        return progress.person().map(me -> facilitators.stream().anyMatch(f -> f.facilitates(me, slug))).orElse(false);
    }

    /**
     * Does this unit still wait for me to attend a session of the workshop? Those who may run the workshop read every
     * unit, and so does a sign-in without a person (nothing of theirs is recorded).
     */
    boolean waitsForAttendance(Optional<Long> me, Course course, CourseUnit unit) {
        return unit.isRequiresAttendance() && me.isPresent() && !progress.attended(course)
            && !seesFacilitatorMaterial(course.getSlug());
    }

    /** Refuses to record anything in a unit that still waits for my attendance. */
    void requireOpen(Course course, CourseUnit unit) {
        if (waitsForAttendance(progress.person(), course, unit)) {
            throw new RuleViolation("courses.unit.locked");
        }
    }
}
