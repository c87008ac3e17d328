package org.centrecpd.base;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.stereotype.Component;

/**
 * Delivers again, once the app is ready, every event a listener had not yet handled when the app last stopped
 * (stopped mid-listener, or a listener failed and its retry had not come round: {@link FailedEventRetry}).
 * <p>
 * Spring Modulith can do this itself while the context starts
 * ({@code spring.modulith.events.republish-outstanding-events-on-restart}), but it reads its registry then, so the
 * entity manager factory must be built before the web server may start, and the sign-in page waits for it (issue
 * 28). Here the same publications are resubmitted a moment later, on a thread of their own, so that neither the
 * sign-in page nor readiness waits; the listeners run as they would have anyway, asynchronously and in their own
 * transactions (a completion recorded twice changes nothing).
 * <p>
 * With several app instances, keep it on for one only ({@code centrecpd.events.republish-after-start=false} on
 * the others): each would deliver again what another is handling.
 */
@Component
@ConditionalOnBooleanProperty(name = "centrecpd.events.republish-after-start", matchIfMissing = true)
class OutstandingEventsAfterStart {

    private static final Logger log = LoggerFactory.getLogger(OutstandingEventsAfterStart.class);

    private final IncompleteEventPublications incomplete;

    OutstandingEventsAfterStart(IncompleteEventPublications incomplete) {
        this.incomplete = incomplete;
    }

    @EventListener(ApplicationReadyEvent.class)
    void republish() {
        Thread.ofPlatform().name("outstanding-events").daemon().start(() -> {
            try {
                incomplete.resubmitIncompletePublications(publication -> true);
            } catch (RuntimeException e) {
                // Not lost: they stay in the registry, and failed ones are retried every few minutes (FailedEventRetry).
                log.error("Could not deliver the events left outstanding at the last stop; they stay in the registry", e);
            }
        });
    }
}
