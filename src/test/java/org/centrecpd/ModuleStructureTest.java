package org.centrecpd;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.centrecpd.base.ScopedData;
import org.centrecpd.organisation.service.AccessScope;
import org.centrecpd.organisation.service.CentreScope;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;

/** Feature packages keep clear edges: no cycles, no reaching into another module's internals, thin views. */
class ModuleStructureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("org.centrecpd");

    @Test
    void modulesHaveNoCyclesAndUseOnlyEachOthersPublicApi() {
        org.centrecpd.support.Modules.ofTheApplication().verify();
    }

    @Test
    void viewsNeverTouchRepositories() {
        noClasses().that().resideInAPackage("..ui..")
            .or().haveSimpleNameEndingWith("View")
            .should().dependOnClassesThat().areAssignableTo(Repository.class)
            .because("views go through a service, which owns the rules, the transaction and the scope check")
            .check(CLASSES);
    }

    @Test
    void onlyTheDemoDataCreatesDemoAccounts() {
        noClasses().that().resideOutsideOfPackages("org.centrecpd.demo..", "org.centrecpd.security..")
            .should().dependOnClassesThat().haveSimpleName("DemoAccounts")
            .because("accounts made without a role check are for the demo's start-up seeding only")
            .check(CLASSES);
    }

    @Test
    void onlyTheOrganisationDecidesScope() {
        noClasses().that().resideOutsideOfPackage("org.centrecpd.organisation..")
            .should().dependOnClassesThat().haveSimpleName("OversightRepository")
            .orShould().dependOnClassesThat().haveSimpleName("CentreAccess")
            .check(CLASSES);
    }

    @Test
    void scopedDataIsReachedOnlyByServicesThatTakeTheirScopeFromAccessScope() {
        DescribedPredicate<JavaClass> useScopedData = DescribedPredicate.describe("use a @ScopedData repository",
            c -> c.getDirectDependenciesFromSelf().stream().anyMatch(d -> d.getTargetClass().isAnnotatedWith(ScopedData.class)));
        classes().that(useScopedData)
            .and().areNotAnnotatedWith(ScopedData.class)
            .and().areNotAssignableTo(AccessScope.class)
            .and().resideOutsideOfPackage("org.centrecpd.demo..")
            // Reads attachments by id on its own threads, for the system (no one is signed in there);
            // what it makes searchable is filtered by scope when searched.
            .and().doNotHaveFullyQualifiedName("org.centrecpd.casestudies.service.ExtractionWorker")
            // Saves what ExtractionWorker read, on its own thread, for the system: the same attachments by id.
            .and().doNotHaveFullyQualifiedName("org.centrecpd.casestudies.service.ExtractionSaver")
            // Write, for an admin and in one transaction, exactly what their planners (OrganisationPlanner, StaffPlanner)
            // planned from the centres in the admin's scope, which the planners take from AccessScope; they show nothing.
            .and().doNotHaveFullyQualifiedName("org.centrecpd.organisation.importing.OrganisationImport")
            .and().doNotHaveFullyQualifiedName("org.centrecpd.organisation.importing.StaffImport")
            // Asks, for the system at night, whether any document still refers to a stored file; shows nothing to anyone.
            .and().doNotHaveFullyQualifiedName("org.centrecpd.casestudies.service.StoredFilesSweep")
            // Writes a completion for a person whom the calling module has authorised (workshops: the
            // session's facilitator or organiser marking the register); it reads nothing back to anyone.
            .and().doNotHaveFullyQualifiedName("org.centrecpd.courses.service.AttendanceCompletion")
            // Writes briefings for the admin, whose remit is every centre: it resolves and counts recipients and
            // mails them, and shows no one's rows (reading and tracking, which do, take their scope from AccessScope).
            .and().doNotHaveFullyQualifiedName("org.centrecpd.briefings.service.BriefingService")
            // Mails each owner of open review actions their own actions, for the system every morning; shows nothing
            // to anyone signed in.
            .and().doNotHaveFullyQualifiedName("org.centrecpd.reviews.service.ActionReminders")
            // Likewise for evidence of learning elsewhere: training's EvidenceService lets only the person's line manager map it.
            .and().doNotHaveFullyQualifiedName("org.centrecpd.courses.service.ElsewhereCompletion")
            // Reads one person's own bookings for their calendar subscription: the caller (notifications) has found
            // the person by the secret token of their feed, and only that person's rows are read.
            .and().doNotHaveFullyQualifiedName("org.centrecpd.workshops.service.BookingCalendar")
            // Ends lapsed waitlist offers for the system (no one is signed in) and tells only the people they are about.
            .and().doNotHaveFullyQualifiedName("org.centrecpd.workshops.service.WaitlistOffers")
            // Releases centres' unused reserved places for the system (no one is signed in; a manager's "release now" is
            // checked in scope by Reservations first) and tells only the manager who reserved and the people moved up.
            .and().doNotHaveFullyQualifiedName("org.centrecpd.workshops.service.ReservationRelease")
            // A session's register: WorkshopPolicy.requireRunning (which takes scope from AccessScope) lets in only the
            // session's facilitators and organisers before a booking of that session is read or marked.
            .and().doNotHaveFullyQualifiedName("org.centrecpd.workshops.service.SessionRegister")
            .should().dependOnClassesThat().areAssignableTo(AccessScope.class)
            .because("rows that belong to centres or people are shown only within the signed-in user's scope, "
                + "which only AccessScope knows (demo seeding writes them, as a start-up task, and reads none)")
            .check(CLASSES);
    }

    @Test
    void aScopeIsMadeOnlyByAccessScope() {
        noClasses().that().areNotAssignableTo(AccessScope.class)
            .should().callConstructorWhere(DescribedPredicate.describe("the constructor of CentreScope",
                call -> call.getTargetOwner().isEquivalentTo(CentreScope.class)))
            .check(CLASSES);
    }

    @Test
    void todayComesOnlyFromTheInjectedClock() {
        DescribedPredicate<com.tngtech.archunit.core.domain.JavaMethodCall> readsTheSystemClock = DescribedPredicate.describe(
            "now() without a clock", call -> call.getName().equals("now") && call.getTarget().getRawParameterTypes().isEmpty()
                && java.util.Set.of("java.time.LocalDate", "java.time.LocalDateTime", "java.time.Instant", "java.time.ZonedDateTime",
                    "java.time.OffsetDateTime", "java.time.LocalTime", "java.time.Year", "java.time.YearMonth")
                .contains(call.getTargetOwner().getName()));
        noClasses().should().callMethodWhere(readsTheSystemClock)
            .orShould().callMethod(System.class, "currentTimeMillis")
            .because("today comes from the one injected java.time.Clock (base.ClockConfiguration), so that a test can fix "
                + "the date and every screen, rule and query agrees on it")
            .check(CLASSES);
    }

    /**
     * Effective dating is written once: {@code Period} in Java, {@code in_force}/{@code not_ended} in queries and
     * {@code PeriodFunctions.inForceSql} in plain SQL. A hand-written condition on a period's columns (here or in
     * another form) in any other source file fails this test with the file and line.
     */
    @Test
    void noPeriodConditionIsSpeltOutOutsideThePeriodType() throws java.io.IOException {
        java.util.regex.Pattern handWritten = java.util.regex.Pattern.compile(
            "(?i)(valid_?to|end_?date|cancelled_?on|period\\.validTo)\\s+is\\s+null\\s+or"
                + "|(valid_?from|start_?date|assigned_?on|period\\.validFrom)\\s*<=");
        java.util.List<String> found = new java.util.ArrayList<>();
        java.nio.file.Path main = java.nio.file.Path.of("src/main/java");
        try (var files = java.nio.file.Files.walk(main)) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String name = file.getFileName().toString();
                if (name.equals("Period.java") || name.equals("PeriodFunctions.java")) {
                    continue;
                }
                java.util.List<String> lines = java.nio.file.Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    if (handWritten.matcher(lines.get(i)).find()) {
                        found.add(main.relativize(file) + ":" + (i + 1) + ": " + lines.get(i).strip());
                    }
                }
            }
        }
        org.assertj.core.api.Assertions.assertThat(found)
            .as("use in_force(from, to, day) in queries or PeriodFunctions.inForceSql in plain SQL").isEmpty();
    }

    @Test
    void theDomainKnowsNothingAboveIt() {
        noClasses().that().resideInAPackage("..domain..")
            .should().dependOnClassesThat(DescribedPredicate.describe("a service or view class (other than the scope every scoped "
                + "query takes)", c -> (c.getPackageName().endsWith(".service") || c.getPackageName().endsWith(".ui"))
                && !c.isEquivalentTo(CentreScope.class)))
            .because("entities, repositories and the rows they return sit at the bottom of a feature: services and views use "
                + "them, never the other way round")
            .check(CLASSES);
    }

    @Test
    void everyEntityWithAGeneratedIdTakesItFromTheBaseClass() {
        classes().that().areAnnotatedWith(jakarta.persistence.Entity.class)
            // A row of the centre_access view, identified by what it joins (account, centre, period).
            .and().doNotHaveFullyQualifiedName("org.centrecpd.organisation.domain.CentreAccess")
            // Identified by the code printed on it, which the public check at /verify/<code> looks up.
            .and().doNotHaveFullyQualifiedName("org.centrecpd.training.domain.Certificate")
            .should().beAssignableTo(org.centrecpd.base.AbstractEntity.class)
            .because("an id, its generation and what makes two instances the same record are written once (base.AbstractEntity; "
                + "records people edit add optimistic locking with base.VersionedEntity)")
            .check(CLASSES);
    }

    @Test
    void theAppsTextsAreReadInOnePlace() {
        noClasses().that().doNotHaveFullyQualifiedName("org.centrecpd.base.Texts")
            .should().callMethod(java.util.ResourceBundle.class, "getBundle", String.class)
            .orShould().callMethod(java.util.ResourceBundle.class, "getBundle", String.class, java.util.Locale.class)
            .orShould().dependOnClassesThat().areAssignableTo(org.springframework.context.support.ResourceBundleMessageSource.class)
            .because("texts outside screens (mail, exports, journal text from a course) come from base.Texts, screens from "
                + "Vaadin's getTranslation: both read the one bundle the same way")
            .check(CLASSES);
    }
}
