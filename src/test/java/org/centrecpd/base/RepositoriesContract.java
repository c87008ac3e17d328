package org.centrecpd.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.core.support.RepositoryFactoryInformation;

/**
 * Every Spring Data repository of the app can be created on each database: its derived queries match the entities
 * and its JPQL parses. Tests create repositories lazily, when first used (src/test/resources/config), as the demo
 * run does; without this test a query broken by a renamed field would fail only a test that happens to use it.
 */
abstract class RepositoriesContract {

    @Autowired
    ApplicationContext context;

    @Test
    void everyRepositoryOfTheAppIsCreatedWithItsQueriesChecked() {
        Set<String> declared = new TreeSet<>();
        var scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
                return definition.getMetadata().isInterface() && definition.getMetadata().isIndependent();
            }
        };
        scanner.addIncludeFilter(new AssignableTypeFilter(Repository.class));
        scanner.findCandidateComponents("org.centrecpd").forEach(definition -> declared.add(definition.getBeanClassName()));

        // Creating each one parses its queries: a query that no longer matches the entities throws here.
        Set<String> created = new TreeSet<>();
        context.getBeansOfType(RepositoryFactoryInformation.class).values()
            .forEach(factory -> created.add(factory.getRepositoryInformation().getRepositoryInterface().getName()));
        context.getBeansOfType(Repository.class);

        assertThat(declared).as("repository interfaces in the app's packages").hasSizeGreaterThan(20);
        assertThat(created).containsAll(declared);
    }
}
