package org.centrecpd.courses.ui;

import org.centrecpd.support.CentreTest;
import static org.assertj.core.api.Assertions.assertThat;

import org.centrecpd.support.ViewTest;
import com.vaadin.flow.router.RouterLink;
import jakarta.persistence.EntityManagerFactory;
import java.nio.file.Path;
import java.util.List;
import org.centrecpd.courses.service.LearningService;
import org.centrecpd.courses.service.TestCourses;
import org.centrecpd.demo.DemoLogins;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import org.springframework.context.ApplicationContext;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * "My learning" lists the courses I started and have not completed, asked of the database: the
 * catalogue is not loaded and filtered in memory, so its size costs nothing.
 */
@CentreTest
@WithUserDetails(value = DemoLogins.PRACTITIONER, setupBefore = TestExecutionEvent.TEST_METHOD)
class MyLearningTest extends ViewTest {

    @TempDir
    Path folder;
    @Autowired
    ApplicationContext context;
    @Autowired
    EntityManagerFactory emf;
    @Autowired
    LearningService learning;

    @Test
    void listsOnlyMyStartedUncompletedCoursesInOneQueryWhateverTheCatalogueHolds() {
        String started = course("Started course");
        String completed = course("Completed course");
        String untouched = course("Untouched course");
        learning.openUnit(started, 1);
        complete(completed);

        // Statistics are global: let the listeners of the completion (training's, in its own thread) finish first.
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).until(() -> context
            .getBean(org.springframework.modulith.events.IncompleteEventPublications.class) != null
            && context.getBean(org.springframework.modulith.events.core.EventPublicationRepository.class)
                .findIncompletePublications().isEmpty());
        Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
        stats.clear();
        List<String> shown = links(context.getBean(MyLearning.class));
        long statements = stats.getPrepareStatementCount();
        long loaded = stats.getEntityLoadCount();
        System.out.printf("MyLearning: %d SQL statements, %d entities loaded, %d courses shown%n", statements, loaded, shown.size());

        assertThat(shown).contains("Started course " + started)
            .doesNotContain("Completed course " + completed, "Untouched course " + untouched);
        // One statement for the CPD hours, one for the courses in progress, whatever the catalogue holds.
        assertThat(statements).isEqualTo(2);
        // Only the rows shown are read (each a course with its current version); none to filter away.
        assertThat(loaded).isEqualTo(2L * shown.size());

        String another = course("Another started course");
        learning.openUnit(another, 2);
        course("Yet another untouched course");
        stats.clear();
        List<String> more = links(context.getBean(MyLearning.class));
        assertThat(more).hasSize(shown.size() + 1).first().as("last opened first").isEqualTo("Another started course " + another);
        assertThat(stats.getPrepareStatementCount()).isEqualTo(statements);
        assertThat(stats.getEntityLoadCount()).isEqualTo(2L * more.size());
    }

    /** A new two-unit course titled {@code title} and its slug; returns the slug. */
    private String course(String title) {
        String slug = TestCourses.newSlug();
        TestCourses.write(folder, slug, title + " " + slug, "Text.");
        new TestCourses(context).importFolder(folder);
        return slug;
    }

    private void complete(String slug) {
        learning.saveAnswer(slug, 1, "why-here", "To learn.");
        learning.completeUnit(slug, 1);
        learning.saveAnswer(slug, 2, "next-step", "Try it.");
        assertThat(learning.completeUnit(slug, 2).courseCompleted()).isTrue();
    }

    private List<String> links(MyLearning widget) {
        return $(RouterLink.class, widget).all().stream().map(RouterLink::getText)
            .filter(t -> !t.equals(widget.getTranslation("home.learning.browse"))).toList();
    }
}
