package org.centrecpd.courses.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.centrecpd.base.FailedEventRetry;
import org.centrecpd.courses.CourseCompleted;
import org.centrecpd.demo.DemoLogins;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.modulith.events.core.TargetEventPublication;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * CourseCompleted goes through Spring Modulith's event publication registry: stored in the
 * completion's own transaction, and kept until every listener has handled it, so a listener that
 * fails (here a stand-in for training, down the first time) is retried, never silently skipped.
 */
@SpringBootTest
@Import(CourseCompletedDeliveryTest.FlakyTraining.class)
@WithUserDetails(value = DemoLogins.PRACTITIONER, setupBefore = TestExecutionEvent.TEST_METHOD)
class CourseCompletedDeliveryTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    /** A listener as training will have one: after the commit, in its own transaction; fails on its first call. */
    static class FlakyTraining {

        private final AtomicInteger attempts = new AtomicInteger();
        private final List<CourseCompleted> handled = new CopyOnWriteArrayList<>();

        @ApplicationModuleListener
        public void on(CourseCompleted event) {
            if (attempts.incrementAndGet() == 1) {
                throw new IllegalStateException("Training is unavailable");
            }
            handled.add(event);
        }

        // Read through methods: the bean is a proxy (the listener is asynchronous and transactional).
        public int attempts() {
            return attempts.get();
        }

        public List<CourseCompleted> handled() {
            return List.copyOf(handled);
        }

        public void reset() {
            attempts.set(0);
            handled.clear();
        }
    }

    @TempDir
    Path folder;
    @Autowired
    ApplicationContext context;
    @Autowired
    LearningService learning;
    @Autowired
    FlakyTraining training;
    @Autowired
    EventPublicationRepository registry;
    @Autowired
    IncompleteEventPublications incomplete;
    @Autowired
    CompletedEventPublications completed;
    @Autowired
    TransactionTemplate tx;

    String slug;

    @BeforeEach
    void importACourse() {
        slug = TestCourses.newSlug();
        TestCourses.write(folder, slug, "Delivery course " + slug, "Text.");
        new TestCourses(context).importFolder(folder);
        training.reset();
    }

    @AfterEach
    void leaveNothingOutstanding() {
        // The in-memory database outlives this context: leave no publication for a listener other contexts lack.
        registry.findIncompletePublications().stream().filter(p -> ofThisCourse().test(p))
            .forEach(p -> registry.markCompleted(p.getIdentifier(), java.time.Instant.now()));
    }

    @Test
    void aFailedListenerKeepsThePublicationUntilItIsResubmittedAndHandled() {
        completeTheCourse();

        await().atMost(WAIT).until(() -> training.attempts() == 1 && outstanding()
            .filter(p -> p.getStatus() == EventPublication.Status.FAILED).isPresent());
        assertThat(training.handled()).isEmpty();
        assertThat(archived()).isEmpty();

        incomplete.resubmitIncompletePublications(ofThisCourse());

        await().atMost(WAIT).until(() -> outstanding().isEmpty() && archived().isPresent());
        assertThat(training.attempts()).isEqualTo(2);
        assertThat(training.handled()).singleElement().extracting(CourseCompleted::courseSlug).isEqualTo(slug);
        assertThat(archived().orElseThrow().getCompletionDate()).isPresent();
    }

    @Test
    void failedPublicationsAreRetriedOnASchedule() {
        completeTheCourse();
        await().atMost(WAIT).until(() -> outstanding().filter(p -> p.getStatus() == EventPublication.Status.FAILED).isPresent());

        context.getBean(FailedEventRetry.class).retryFailed();

        await().atMost(WAIT).until(() -> outstanding().isEmpty() && archived().isPresent());
        assertThat(training.handled()).singleElement().extracting(CourseCompleted::courseSlug).isEqualTo(slug);
        assertThat(context.getBean(ScheduledTaskHolder.class).getScheduledTasks()).map(ScheduledTask::getTask)
            .filteredOn(t -> t.getRunnable().toString().equals(FailedEventRetry.class.getName() + ".retryFailed"))
            .singleElement().isInstanceOfSatisfying(FixedDelayTask.class,
                t -> assertThat(t.getIntervalDuration()).isEqualTo(Duration.ofMinutes(5)));
    }

    @Test
    void thePublicationIsStoredInTheCompletionsTransactionAndGoesIfItRollsBack() {
        tx.executeWithoutResult(status -> {
            completeTheCourse();
            assertThat(outstanding()).as("stored before the commit, in the same transaction").isPresent();
            status.setRollbackOnly();
        });

        assertThat(outstanding()).isEmpty();
        assertThat(training.attempts()).isZero();
    }

    private void completeTheCourse() {
        learning.saveAnswer(slug, 1, "why-here", "To learn.");
        learning.completeUnit(slug, 1);
        learning.saveAnswer(slug, 2, "next-step", "Tell the team.");
        assertThat(learning.completeUnit(slug, 2).courseCompleted()).isTrue();
    }

    /** This course's events, as delivered to the stand-in listener (training's real listener gets them too). */
    private Predicate<EventPublication> ofThisCourse() {
        return p -> p.getEvent() instanceof CourseCompleted c && c.courseSlug().equals(slug)
            && p instanceof TargetEventPublication t && t.getTargetIdentifier().getValue().contains("FlakyTraining");
    }

    private Optional<TargetEventPublication> outstanding() {
        return registry.findIncompletePublications().stream().filter(p -> ofThisCourse().test(p)).findFirst();
    }

    private Optional<? extends EventPublication> archived() {
        return completed.findAll().stream().filter(ofThisCourse()).findFirst();
    }
}
