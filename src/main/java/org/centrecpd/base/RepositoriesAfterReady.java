package org.centrecpd.base;

import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.BeansException;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Component;

/**
 * With {@code spring.data.jpa.repositories.bootstrap-mode=lazy} (the demo run, {@code ./mvnw spring-boot:run}: see
 * pom.xml) each Spring Data repository is created, and its queries parsed and checked against the entities, when it
 * is first used, rather than all of them before the app counts as started. Creating them took longer than the rest of
 * the start (issue 28, {@code tools/startup/README.md}), and the first requests waited on it.
 * <p>
 * Once the app is ready, this creates the ones not used yet, on a thread of its own: a query that no longer matches
 * the entities still shows within seconds of a start, and the first visit to each screen does not pay for its
 * repositories. If one cannot be created, the app stops counting as ready ({@code /actuator/health/readiness}
 * answers 503) and the log says which: it could not serve the screens that use it.
 */
@Component
@ConditionalOnProperty(name = "spring.data.jpa.repositories.bootstrap-mode", havingValue = "lazy")
// Off in tests (src/test/resources/config): RepositoriesTest creates every repository there, once per build.
@ConditionalOnBooleanProperty(name = "centrecpd.repositories.create-after-ready", matchIfMissing = true)
class RepositoriesAfterReady {

    private static final Logger log = LoggerFactory.getLogger(RepositoriesAfterReady.class);

    private final ConfigurableApplicationContext context;
    private final AtomicBoolean started = new AtomicBoolean();

    RepositoriesAfterReady(ConfigurableApplicationContext context) {
        this.context = context;
    }

    /** Once ready, not at the ready event itself: a failure reported before Boot marks the app ready would be overwritten. */
    @EventListener
    void createTheRest(AvailabilityChangeEvent<ReadinessState> event) {
        if (event.getState() != ReadinessState.ACCEPTING_TRAFFIC || !started.compareAndSet(false, true)) {
            return;
        }
        Thread.ofPlatform().name("repositories-after-ready").daemon().start(() -> {
            long begun = System.nanoTime();
            try {
                int count = context.getBeansOfType(Repository.class).size();
                log.info("All {} repositories created and their queries checked, in {} ms after the app became ready", count,
                    (System.nanoTime() - begun) / 1_000_000);
            } catch (BeansException e) {
                if (context.isClosed()) {
                    return; // stopped before all were created: the entity manager factory is gone, not a query broken
                }
                log.error("A repository could not be created: the app no longer counts as ready", e);
                AvailabilityChangeEvent.publish(context, ReadinessState.REFUSING_TRAFFIC);
            }
        });
    }
}
