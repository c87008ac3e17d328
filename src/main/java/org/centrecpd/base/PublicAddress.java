package org.centrecpd.base;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The address people use to reach the app ({@code centrecpd.public-url}): links in mail and the address printed
 * on certificates start with it. Left unset, it is this server on the port it actually listens on, not a guessed
 * 8080; that is right on a developer's machine only, so the app says so at start-up when it sends real mail.
 */
@Component
public class PublicAddress {

    static final String PROPERTY = "centrecpd.public-url";

    private static final Logger log = LoggerFactory.getLogger(PublicAddress.class);

    private final Environment environment;

    PublicAddress(Environment environment) {
        this.environment = environment;
    }

    /** The address without a trailing slash, e.g. {@code https://cpd.council.example}. */
    public String url() {
        String configured = environment.getProperty(PROPERTY, "").strip();
        if (!configured.isEmpty()) {
            return configured.endsWith("/") ? configured.substring(0, configured.length() - 1) : configured;
        }
        // local.server.port is the port the server really took (also when server.port is 0); known once it listens.
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        return "http://localhost:" + port;
    }

    @EventListener(ApplicationReadyEvent.class)
    void warnWhenMailLeavesWithoutIt() {
        if (environment.getProperty("centrecpd.mail.enabled", Boolean.class, false)
            && environment.getProperty(PROPERTY, "").isBlank()) {
            log.warn("Mail is on but {} is not set: links in mail will point at {}, which only works on this machine. "
                + "Set {} to the address people use (e.g. https://cpd.council.example).", PROPERTY, url(), PROPERTY);
        }
    }
}
