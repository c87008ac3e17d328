package org.centrecpd.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.Route;
import java.util.List;
import java.util.Map;
import org.centrecpd.support.CentreTest;
import org.centrecpd.training.service.CompletionService;
import org.junit.jupiter.api.Test;
import org.springframework.aop.Advisor;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/**
 * Services check {@code @RolesAllowed} on every call; views are checked by Vaadin before they are created and
 * must not be wrapped in a Spring proxy as well (each navigation then matched every advisor against every method
 * of the view and built a proxy: 17 % of the app's CPU under load, {@link RolesAllowedOnServices}).
 */
@CentreTest
class MethodSecurityScopeTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    CompletionService completion;

    @Test
    void noAdvisorAppliesToAViewOrALayout() throws Exception {
        List<Class<?>> views = routesAndLayouts();
        assertThat(views).as("the app's views and layouts, found by their annotations").hasSizeGreaterThan(30);
        Map<String, Advisor> advisors = context.getBeansOfType(Advisor.class);
        assertThat(advisors).as("the role check on services is an advisor").containsKey("rolesAllowedAdvisor");

        List<String> proxied = views.stream()
            .flatMap(view -> advisors.entrySet().stream()
                .filter(advisor -> AopUtils.canApply(advisor.getValue(), view))
                .map(advisor -> view.getSimpleName() + " by " + advisor.getKey()))
            .toList();

        assertThat(proxied).as("views a Spring advisor would wrap in a proxy").isEmpty();
    }

    @Test
    void aServiceWithRolesAllowedIsStillChecked() {
        Advisor roles = context.getBean("rolesAllowedAdvisor", Advisor.class);

        assertThat(AopUtils.canApply(roles, CompletionService.class)).isTrue();
        assertThat(AopUtils.isAopProxy(completion)).isTrue();
    }

    private static List<Class<?>> routesAndLayouts() throws ClassNotFoundException {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        scanner.addIncludeFilter(new AnnotationTypeFilter(Layout.class));
        List<Class<?>> found = new java.util.ArrayList<>();
        for (var candidate : scanner.findCandidateComponents("org.centrecpd")) {
            found.add(Class.forName(candidate.getBeanClassName()));
        }
        return found;
    }
}
