package org.centrecpd;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.modulith.core.ApplicationModules;

/** Feature packages keep clear edges: no cycles, no reaching into another module's internals, thin views. */
class ModuleStructureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("org.centrecpd");

    @Test
    void modulesHaveNoCyclesAndUseOnlyEachOthersPublicApi() {
        ApplicationModules.of(Application.class).verify();
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
            .check(CLASSES);
    }
}
