package org.centrecpd.base;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Map;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.Test;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * With several app nodes on one database every node's scheduler fires every job (issue 35 §3): a job runs once
 * per schedule only behind a {@link SchedulerLock}. A job may go without one only for a reason written here.
 */
class ScheduledJobsTest {

    /** Jobs every node runs on purpose, and why that is right. */
    private static final Map<String, String> ON_EVERY_NODE = Map.of(
        "org.centrecpd.security.AttemptCounts.purgeExpired",
        "deletes expired rows: a second delete of what is gone deletes nothing",
        "org.centrecpd.casestudies.search.NightlyIndexMerge.run",
        "with the Lucene backend each node has its own index to merge",
        "org.centrecpd.base.FailedEventRetry.retryFailed",
        "Spring Modulith 2's registry marks a publication RESUBMITTED before it delivers it again, so nodes do not "
            + "deliver the same failed publication twice");

    @Test
    void everyScheduledJobRunsOnceAcrossNodesUnlessItSaysWhyNot() {
        var classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.centrecpd");
        methods().that().areAnnotatedWith(Scheduled.class)
            .and(DescribedPredicate.describe("not meant to run on every node",
                (JavaMethod m) -> !ON_EVERY_NODE.containsKey(m.getOwner().getName() + "." + m.getName())))
            .should().beAnnotatedWith(SchedulerLock.class)
            .because("every app node fires every scheduled job; the lock in the database lets one of them run it")
            .check(classes);
    }
}
