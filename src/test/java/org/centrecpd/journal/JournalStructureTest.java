package org.centrecpd.journal;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** The journal's own layering and its one clock, kept so by the build. */
class JournalStructureTest {

    private static final JavaClasses JOURNAL = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("org.centrecpd.journal");

    @Test
    void theDomainKnowsNothingAboveIt() {
        noClasses().that().resideInAPackage("org.centrecpd.journal.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("org.centrecpd.journal.service..", "org.centrecpd.journal.ui..")
            .because("the service maps the domain's rows to what it hands out, never the other way round")
            .check(JOURNAL);
    }

    @Test
    void todayComesFromTheApplicationsClock() {
        noClasses().should().callMethod(LocalDate.class, "now")
            .orShould().callMethod(LocalDateTime.class, "now")
            .because("dates are UK dates, and tests fix the day, through the one injected Clock")
            .check(JOURNAL);
    }
}
