package org.centrecpd.security;

import jakarta.servlet.ServletException;
import java.io.IOException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A Content-Security-Policy, a Referrer-Policy and X-Content-Type-Options on every response: pages, Vaadin's requests, downloads, and
 * error pages, Tomcat's own included. Written by a valve at the front of Tomcat's engine rather than by Spring
 * Security's header writer, which sees only the requests that reach its filter chain (Tomcat answers a
 * malformed request, and forwards to an error page, without it).
 * <p>
 * The policy is the one Vaadin 25.2 documents as needed ("Content Security Policy", Required Settings):
 * {@code script-src 'unsafe-inline' 'unsafe-eval'} and {@code style-src 'unsafe-inline'}, because the bootstrap
 * page starts the client engine with an inline script and the engine builds functions from the JavaScript the
 * server sends (every {@code executeJs}). Vaadin's nonce-based strict policy, which drops {@code unsafe-eval},
 * is a preview in 25.4 and needs every {@code executeJs} string rewritten; until then everything else is
 * narrowed: nothing from other origins (no outside images, fonts, scripts or connections), no plugins, no
 * {@code <base>} or form posts elsewhere, and no framing.
 */
@Configuration(proxyBeanMethods = false)
class SecurityHeaders {

    static final String CONTENT_SECURITY_POLICY = String.join("; ",
        "default-src 'self'",
        "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data:",
        "font-src 'self' data:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'");
    /** Another site learns at most our origin from a link, never the page (which may name a person or a case). */
    static final String REFERRER_POLICY = "strict-origin-when-cross-origin";

    @Bean
    WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> securityHeadersValve() {
        return factory -> factory.addEngineValves(new HeadersValve());
    }

    static final class HeadersValve extends ValveBase {

        HeadersValve() {
            super(true);
        }

        @Override
        public void invoke(Request request, Response response) throws IOException, ServletException {
            write(response);
            getNext().invoke(request, response);
            // An error page may reset the response it takes over: say it again while it can still be said.
            if (!response.isCommitted()) {
                write(response);
            }
        }

        /**
         * Sets both unless the response already has its own: a download's controller replaces the policy with a
         * stricter one (nothing runs, sandboxed), which stays.
         */
        private static void write(Response response) {
            if (!response.containsHeader("Content-Security-Policy")) {
                response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
            }
            if (!response.containsHeader("Referrer-Policy")) {
                response.setHeader("Referrer-Policy", REFERRER_POLICY);
            }
            // No browser guesses a type from the content: an uploaded text that looks like HTML stays text.
            if (!response.containsHeader("X-Content-Type-Options")) {
                response.setHeader("X-Content-Type-Options", "nosniff");
            }
        }
    }
}
