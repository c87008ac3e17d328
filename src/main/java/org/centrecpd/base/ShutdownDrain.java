package org.centrecpd.base;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.server.context.WebServerGracefulShutdownLifecycle;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * A node that is told to stop keeps serving for {@code centrecpd.shutdown.drain-for} while its readiness already
 * answers 503 ({@code OUT_OF_SERVICE}), so that the load balancer's health checks see it going and send new requests
 * elsewhere before the web server stops taking them. Spring Boot turns readiness to {@code REFUSING_TRAFFIC} as the
 * first step of closing the context; without this pause graceful shutdown would stop accepting connections at once,
 * and requests the load balancer still sent to the node in the seconds before its next check would fail.
 * <p>
 * Runs before the web server's graceful shutdown (a higher phase stops first), which then lets the requests in
 * flight finish ({@code server.shutdown=graceful}). Zero by default: one node alone has nobody to hand over to.
 */
@Component
class ShutdownDrain implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ShutdownDrain.class);

    private final Duration drainFor;
    private volatile boolean running;

    ShutdownDrain(@Value("${centrecpd.shutdown.drain-for:PT0S}") Duration drainFor) {
        this.drainFor = drainFor;
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        if (drainFor.isPositive()) {
            log.info("Shutting down: readiness is OUT_OF_SERVICE; still serving for {} s so the load balancer can drain this node",
                drainFor.toMillis() / 1000.0);
            try {
                Thread.sleep(drainFor);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return WebServerGracefulShutdownLifecycle.SMART_LIFECYCLE_PHASE + 1;
    }
}
