package org.centrecpd.courses.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.centrecpd.courses.CourseAttendance;
import org.centrecpd.courses.CourseCompleted;
import org.centrecpd.courses.domain.Course;
import org.centrecpd.courses.domain.CourseCompletion;
import org.centrecpd.courses.domain.CourseCompletionRepository;
import org.centrecpd.courses.domain.CourseRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** {@link CourseAttendance}: a completion row and the {@link CourseCompleted} event, in the caller's transaction. */
@Component
class AttendanceCompletion implements CourseAttendance {

    private final CourseRepository courses;
    private final CourseCompletionRepository completions;
    private final ApplicationEventPublisher events;

    AttendanceCompletion(CourseRepository courses, CourseCompletionRepository completions, ApplicationEventPublisher events) {
        this.courses = courses;
        this.completions = completions;
        this.events = events;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<Long> completedByAttending(long personId, String courseSlug, LocalDate day, BigDecimal cpdHours) {
        if (cpdHours == null || cpdHours.signum() < 0) {
            throw new IllegalArgumentException("CPD hours must be zero or more");
        }
        Course course = courses.published(courseSlug);
        Optional<CourseCompletion> sameDay = completions.findByPersonIdAndCourseIdAndCompletedOn(personId, course.getId(), day);
        if (sameDay.isPresent()) {
            // Finished the units the same day: the attendance still opens what waits for it.
            sameDay.get().alsoAttended();
            return Optional.empty();
        }
        CourseCompletion completion = completions.save(CourseCompletion.attended(personId, course.getCurrent(), day, cpdHours));
        events.publishEvent(new CourseCompleted(personId, courseSlug, course.getCurrent().getNumber(), cpdHours, day));
        return Optional.of(completion.getId());
    }
}
