package org.centrecpd.casestudies;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Set;
import org.centrecpd.casestudies.domain.CaseStudyRepository;
import org.centrecpd.casestudies.search.CaseStudyIndexer;
import org.centrecpd.casestudies.service.CaseStudyPolicy;
import org.centrecpd.organisation.service.CentreScope;
import org.centrecpd.security.CurrentUser;
import org.centrecpd.security.Role;
import org.junit.jupiter.api.Test;

/**
 * The case-study feature keeps one owner for each of its own rules: one writer of the search index, one policy
 * for who may see and do what, and screens that ask it. Each rule forbids the copy that crept in before. (One
 * clock, and a domain below its services, ModuleStructureTest checks for every module.)
 */
class CaseStudyArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("org.centrecpd.casestudies");

    @Test
    void onlyTheIndexerWritesTheSearchIndex() {
        Set<String> writes = Set.of("indexingPlan", "massIndexer", "workspace", "indexingPlanFilter");
        noClasses().that().doNotBelongToAnyOf(CaseStudyIndexer.class)
            .should().callMethodWhere(DescribedPredicate.describe("a call that writes to the index",
                (JavaMethodCall call) -> call.getTargetOwner().getPackageName().startsWith("org.hibernate.search")
                    && writes.contains(call.getName())))
            .because("the index is written from the database after each commit, one write at a time (CaseStudyIndexer)")
            .check(CLASSES);
    }

    @Test
    void onlyThePolicyAppliesTheVisibilityRule() {
        noClasses().that().doNotBelongToAnyOf(CaseStudyPolicy.class)
            .should().callMethod(CaseStudyRepository.class, "findVisible", CentreScope.class, long.class)
            .orShould().callMethod(CaseStudyRepository.class, "oversees", CentreScope.class, long.class)
            .because("who may see or review a case study is decided in one place, for the database and the index alike")
            .check(CLASSES);
    }

    @Test
    void noScreenDecidesAPermissionItself() {
        noClasses().that().resideInAPackage("org.centrecpd.casestudies.ui..")
            .should().dependOnClassesThat().belongToAnyOf(Role.class, CurrentUser.class)
            .because("a screen asks CaseStudyPolicy (or a service) what the user may do")
            .check(CLASSES);
    }
}
