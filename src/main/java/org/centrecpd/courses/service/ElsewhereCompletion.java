package org.centrecpd.courses.service;

import org.centrecpd.base.NotFoundException;
import org.centrecpd.courses.CourseCompleted;
import org.centrecpd.courses.EvidencedCompletion;
import org.centrecpd.courses.domain.Course;
import org.centrecpd.courses.domain.CourseCompletion;
import org.centrecpd.courses.domain.CourseCompletionRepository;
import org.centrecpd.courses.domain.CourseRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** {@link EvidencedCompletion}: a completion row and the {@link CourseCompleted} event, in the caller's transaction. */
@Component
class ElsewhereCompletion implements EvidencedCompletion {

    private final CourseRepository courses;
    private final CourseCompletionRepository completions;
    private final ApplicationEventPublisher events;

    ElsewhereCompletion(CourseRepository courses, CourseCompletionRepository completions, ApplicationEventPublisher events) {
        this.courses = courses;
        this.completions = completions;
        this.events = events;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public long completedElsewhere(long personId, long courseId, java.time.LocalDate day) {
        Course course = courses.findById(courseId).filter(c -> c.getCurrent() != null)
            .orElseThrow(() -> new NotFoundException("Course " + courseId));
        var sameDay = completions.findByPersonIdAndCourseIdAndCompletedOn(personId, courseId, day);
        if (sameDay.isPresent()) {
            return sameDay.get().getId();
        }
        CourseCompletion completion = completions.save(CourseCompletion.elsewhere(personId, course.getCurrent(), day));
        events.publishEvent(new CourseCompleted(personId, course.getSlug(), course.getCurrent().getNumber(), java.math.BigDecimal.ZERO, day));
        return completion.getId();
    }
}
