package org.centrecpd.casestudies.search;

import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.stereotype.Component;

/**
 * Which index case studies are searched in, chosen by {@code centrecpd.search.backend}:
 * <ul>
 * <li>{@code lucene} (the default): a Lucene index in the data folder of this node, as one node needs;</li>
 * <li>{@code elasticsearch}: Hibernate Search's Elasticsearch backend against an OpenSearch 2.19 cluster at
 * {@code centrecpd.search.hosts} (comma-separated {@code host:port}), shared by several app nodes, with
 * {@code centrecpd.search.protocol} ({@code http} or {@code https}) and, if the cluster asks for them,
 * {@code centrecpd.search.username} and {@code centrecpd.search.password}.</li>
 * </ul>
 * The same analyzers ({@link EnglishAnalysis}, {@link ElasticsearchEnglishAnalysis}), mapping and queries serve both;
 * only the Lucene backend keeps the index-in-use marker ({@link IndexInUse}) and the nightly merge
 * ({@link NightlyIndexMerge}); the Lucene settings of application.properties are left unread by the other one.
 */
@Component
class SearchBackend implements HibernatePropertiesCustomizer {

    static final String SETTING = "centrecpd.search.backend";
    static final String LUCENE = "lucene";
    static final String ELASTICSEARCH = "elasticsearch";
    /** The OpenSearch version the mapping is written for; Hibernate Search 8.3 knows it, so it does not ask the cluster. */
    static final String OPENSEARCH_VERSION = "opensearch:2.19";

    private final String backend;
    private final String hosts;
    private final String protocol;
    private final String username;
    private final String password;

    SearchBackend(@Value("${" + SETTING + ":" + LUCENE + "}") String backend,
                  @Value("${centrecpd.search.hosts:localhost:9200}") String hosts,
                  @Value("${centrecpd.search.protocol:http}") String protocol,
                  @Value("${centrecpd.search.username:}") String username,
                  @Value("${centrecpd.search.password:}") String password) {
        if (!LUCENE.equals(backend) && !ELASTICSEARCH.equals(backend)) {
            throw new IllegalStateException(SETTING + " is '" + backend + "'; it must be " + LUCENE + " or " + ELASTICSEARCH);
        }
        this.backend = backend;
        this.hosts = hosts;
        this.protocol = protocol;
        this.username = username;
        this.password = password;
    }

    /** Is the index one that several nodes share (OpenSearch), rather than this node's own Lucene folder? */
    boolean shared() {
        return ELASTICSEARCH.equals(backend);
    }

    @Override
    public void customize(Map<String, Object> properties) {
        // Both backends are on the class path: Hibernate Search must be told which one.
        properties.put("hibernate.search.backend.type", backend);
        if (LUCENE.equals(backend)) {
            return;
        }
        // The Lucene settings of application.properties (spring.jpa.properties.*) reach Hibernate Search after this map
        // and cannot be taken out here; unread by this backend, they would be logged as misspelt at every start. The
        // settings of this backend are all written here, from centrecpd.search.*, so none can be misspelt.
        properties.put("hibernate.search.configuration_property_checking.strategy", "ignore");
        properties.put("hibernate.search.backend.analysis.configurer", "class:" + ElasticsearchEnglishAnalysis.class.getName());
        properties.put("hibernate.search.backend.hosts", hosts);
        properties.put("hibernate.search.backend.protocol", protocol);
        properties.put("hibernate.search.backend.version", OPENSEARCH_VERSION);
        // Create a missing index, but leave one that exists alone: Hibernate Search's default (create-or-validate)
        // would stop the start of a version whose mapping changed. The start-up validates it instead and rebuilds it
        // as the next version behind the aliases (IndexAtStartUp, VersionedIndex).
        properties.put("hibernate.search.schema_management.strategy", "create");
        if (!username.isBlank()) {
            properties.put("hibernate.search.backend.username", username);
            properties.put("hibernate.search.backend.password", password);
        }
    }
}
