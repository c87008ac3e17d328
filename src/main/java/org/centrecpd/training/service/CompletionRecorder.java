package org.centrecpd.training.service;

import org.centrecpd.courses.CourseCompleted;
import org.centrecpd.training.domain.CompletionStamps;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Closes a person's open assignments of a course when they complete it (any version). Delivered by
 * Spring Modulith's event publication registry after the completion commits, in a transaction of
 * its own; if it fails, the event is delivered again (base.FailedEventRetry), so a completion is
 * never lost. Recording it twice changes nothing.
 */
@Component
class CompletionRecorder {

    private final CompletionStamps stamps;

    CompletionRecorder(CompletionStamps stamps) {
        this.stamps = stamps;
    }

    @ApplicationModuleListener
    void on(CourseCompleted completed) {
        stamps.courseId(completed.courseSlug()).ifPresent(courseId -> {
            long renewed = stamps.open(completed.personId(), courseId).stream().filter(a -> a.complete(completed.completedOn())).count();
            if (renewed > 0) {
                // The stamped dates are flushed before the insert-select reads them (Hibernate flushes the
                // entities a bulk statement's tables hold).
                stamps.recordPeriods(courseId, completed.personId());
            }
        });
    }
}
