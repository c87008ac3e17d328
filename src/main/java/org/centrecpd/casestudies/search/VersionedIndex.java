package org.centrecpd.casestudies.search;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.centrecpd.casestudies.domain.CaseStudy;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.ResponseException;
import org.elasticsearch.client.RestClient;
import org.hibernate.search.backend.elasticsearch.ElasticsearchBackend;
import org.hibernate.search.backend.elasticsearch.ElasticsearchExtension;
import org.hibernate.search.backend.elasticsearch.index.ElasticsearchIndexManager;
import org.hibernate.search.backend.elasticsearch.metamodel.ElasticsearchIndexDescriptor;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.hibernate.search.util.common.SearchException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * A rebuild of the shared index (OpenSearch) that search never waits for: a new index of the next version is built
 * beside the one in use, and the aliases move to it when it is complete (issue 35 §1, "mapping changes handled by a
 * versioned index alias").
 * <p>
 * Hibernate Search's Elasticsearch backend already reads and writes through two aliases over a numbered index
 * ({@code case-studies-read} and {@code case-studies-write} over {@code case-studies-000001}: its {@code simple}
 * layout strategy), but its mass indexer rebuilds in place: it empties the index, then fills it, so every node's
 * searches find less and less, then more and more, for the length of the rebuild; and a mapping that changed cannot
 * be put on an index that holds documents. Hibernate Search leaves the switch to the application (the Hibernate team's
 * own recipe, "Indexing rollover with Quarkus and Hibernate Search", quarkus.io 2024, takes these steps). So here:
 * <ol>
 * <li>the index of the next number is created with the schema Hibernate Search expects now (its own export,
 * {@code SearchSchemaManager#exportExpectedSchema}, without its aliases);</li>
 * <li>the write alias moves to it: the mass indexer, and every change saved meanwhile on any node, write there;</li>
 * <li>the mass indexer fills it from the database ({@link CaseStudyIndexer}), while the read alias still points at
 * the old, complete index;</li>
 * <li>once it is complete and refreshed, the read alias moves in one atomic {@code _aliases} call, and the old index
 * is deleted.</li>
 * </ol>
 * A change saved during the rebuild is searchable from the switch on (it is in the new index, not the old). A rebuild
 * that fails puts the write alias back and deletes the half-built index. One rebuild at a time across nodes: a
 * database lock (ShedLock, as the scheduled jobs use).
 * <p>
 * At start-up ({@link IndexAtStartUp}) the index in use is validated against the mapping of this version of the app;
 * if it does not match (a field added, an analyzer changed), it is rebuilt this way, so a new version of the app can be
 * rolled out node by node: the old nodes keep searching the old index until the switch.
 */
@Component
@ConditionalOnProperty(name = SearchBackend.SETTING, havingValue = SearchBackend.ELASTICSEARCH)
class VersionedIndex {

    private static final Logger log = LoggerFactory.getLogger(VersionedIndex.class);
    private static final Pattern NUMBERED = Pattern.compile("(.*)-(\\d{6})");
    static final String LOCK = "search-index-rebuild";

    /** Where the aliases point. */
    record Aliases(String read, String write) {
    }

    private final EntityManagerFactory entityManagerFactory;
    private final LockProvider locks;
    private final Clock clock;

    VersionedIndex(EntityManagerFactory entityManagerFactory, LockProvider locks, Clock clock) {
        this.entityManagerFactory = entityManagerFactory;
        this.locks = locks;
        this.clock = clock;
    }

    /** Whether the index in use matches the mapping of this version of the app (Hibernate Search's own validation). */
    boolean matchesMapping() {
        try {
            mapping().scope(CaseStudy.class).schemaManager().validate();
            return true;
        } catch (SearchException e) {
            log.warn("The search index does not match this version's mapping: {}", e.getMessage());
            return false;
        }
    }

    /** The indexes the read and write aliases point at now. */
    Aliases aliases() {
        ElasticsearchIndexDescriptor names = names();
        return new Aliases(indexBehind(names.readName()), indexBehind(names.writeName()));
    }

    /** Fills the index the write alias points at from the database: {@link CaseStudyIndexer}, the one writer. */
    interface Fill {
        void run() throws InterruptedException;
    }

    /**
     * Builds the next version of the index ({@code fill} writing it from the database) and switches the aliases to
     * it; returns the new index's name, or nothing if another node holds the rebuild lock (it is rebuilding).
     */
    Optional<String> rebuild(Fill fill) throws InterruptedException {
        Optional<SimpleLock> lock = locks.lock(new LockConfiguration(clock.instant(), LOCK, Duration.ofHours(2), Duration.ZERO));
        if (lock.isEmpty()) {
            log.info("Another node is rebuilding the search index; this one leaves it to that node");
            return Optional.empty();
        }
        try {
            return Optional.of(rebuildHoldingTheLock(fill));
        } finally {
            lock.get().unlock();
        }
    }

    private String rebuildHoldingTheLock(Fill fill) throws InterruptedException {
        long start = System.nanoTime();
        ElasticsearchIndexDescriptor names = names();
        String read = names.readName();
        String write = names.writeName();
        String old = indexBehind(write);
        String next = nextVersion(old);
        JsonObject schema = expectedSchema();
        schema.remove("aliases"); // the aliases are moved below, one at a time
        send("PUT", "/" + next, schema);
        moveAlias(write, old, next, true);
        log.info("Rebuilding the search index into {} (searches answer from {} meanwhile)", next, old);
        try {
            fill.run();
            send("POST", "/" + next + "/_refresh", null);
        } catch (InterruptedException | RuntimeException e) {
            log.warn("The rebuild into {} failed; the write alias goes back to {}", next, old, e);
            moveAlias(write, next, old, true);
            send("DELETE", "/" + next, null);
            throw e;
        }
        moveAlias(read, indexBehind(read), next, false);
        if (!old.equals(indexBehind(read))) {
            send("DELETE", "/" + old, null);
        }
        log.info("Search index rebuilt into {} and switched to it in {} ms; {} deleted", next,
            (System.nanoTime() - start) / 1_000_000, old);
        return next;
    }

    /** {@code case-studies-000001} → {@code case-studies-000002}; an index without a number gets one. */
    static String nextVersion(String index) {
        Matcher numbered = NUMBERED.matcher(index);
        if (!numbered.matches()) {
            return index + "-000002";
        }
        return String.format("%s-%06d", numbered.group(1), Integer.parseInt(numbered.group(2)) + 1);
    }

    private JsonObject expectedSchema() {
        List<JsonObject> bodies = new ArrayList<>();
        mapping().scope(CaseStudy.class).schemaManager().exportExpectedSchema((backend, index, export) ->
            bodies.addAll(export.extension(ElasticsearchExtension.get()).bodyParts()));
        if (bodies.size() != 1) {
            throw new IllegalStateException("Expected one index schema for " + CaseStudy.INDEX + ", got " + bodies.size());
        }
        return bodies.getFirst().deepCopy();
    }

    /** Moves {@code alias} from one index to another in one atomic call: never on neither, never on both. */
    private void moveAlias(String alias, String from, String to, boolean writeIndex) {
        JsonObject remove = new JsonObject();
        remove.add("remove", aliasAction(from, alias));
        JsonObject addAction = aliasAction(to, alias);
        addAction.addProperty("is_write_index", writeIndex);
        JsonObject add = new JsonObject();
        add.add("add", addAction);
        JsonArray actions = new JsonArray();
        actions.add(remove);
        actions.add(add);
        JsonObject body = new JsonObject();
        body.add("actions", actions);
        send("POST", "/_aliases", body);
    }

    private static JsonObject aliasAction(String index, String alias) {
        JsonObject action = new JsonObject();
        action.addProperty("index", index);
        action.addProperty("alias", alias);
        return action;
    }

    /** The one index an alias points at. */
    private String indexBehind(String alias) {
        JsonObject indexes = JsonParser.parseString(send("GET", "/_alias/" + alias, null)).getAsJsonObject();
        if (indexes.size() != 1) {
            throw new IllegalStateException("The alias " + alias + " points at " + indexes.keySet() + ", not one index");
        }
        return indexes.keySet().iterator().next();
    }

    private String send(String method, String path, JsonObject body) {
        Request request = new Request(method, path);
        if (body != null) {
            request.setJsonEntity(body.toString());
        }
        try {
            var response = client().performRequest(request);
            return new String(response.getEntity().getContent().readAllBytes(), StandardCharsets.UTF_8);
        } catch (ResponseException e) {
            throw new IllegalStateException(method + " " + path + " failed: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path + " failed", e);
        }
    }

    private ElasticsearchIndexDescriptor names() {
        return mapping().indexedEntity(CaseStudy.class).indexManager().unwrap(ElasticsearchIndexManager.class).descriptor();
    }

    private RestClient client() {
        return mapping().backend().unwrap(ElasticsearchBackend.class).client(RestClient.class);
    }

    private SearchMapping mapping() {
        return Search.mapping(entityManagerFactory);
    }
}
