package org.centrecpd.base.mail;

import java.net.URI;
import java.util.UUID;

/**
 * Message-IDs (RFC 5322 §3.6.4) whose right-hand side is the app's public host (from {@code centrecpd.public-url}):
 * Jakarta Mail's default uses the server's own name, often {@code localhost}, which spam filters score against and
 * which is not unique across installations.
 */
final class MessageIds {

    private MessageIds() {
    }

    static String domainOf(String publicUrl) {
        String host = URI.create(publicUrl.strip()).getHost();
        return host == null || host.isBlank() ? "centrecpd.invalid" : host;
    }

    static String next(String domain) {
        return "<" + UUID.randomUUID() + "@" + domain + ">";
    }
}
