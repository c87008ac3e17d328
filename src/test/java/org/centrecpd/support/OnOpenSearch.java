package org.centrecpd.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * With {@link CentreTest}: the same app searching an OpenSearch 2.19 index ({@link TestOpenSearch}) through Hibernate
 * Search's Elasticsearch backend instead of Lucene. One more cached context, shared by every class marked so, with a
 * database of its own: the other contexts' case studies would otherwise be read into its index at start-up.
 * Subclasses of the search tests carry it, so the same assertions run on both backends (as the data tests do on H2
 * and PostgreSQL).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@TestPropertySource(properties = {
    "centrecpd.search.backend=elasticsearch",
    "spring.datasource.url=jdbc:h2:mem:centrecpd-test-opensearch;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"})
@Import(TestOpenSearch.Hosts.class)
public @interface OnOpenSearch {
}
