package org.centrecpd.operations;

import org.centrecpd.support.WebTest;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The session cookie is the sign-in: it is not sent with cross-site requests (other than following a
 * link), never readable by scripts, and Secure whenever the browser's request came over HTTPS, also
 * when a reverse proxy terminates HTTPS and says so with X-Forwarded-Proto. The requests go through the
 * real Tomcat: it is Tomcat that writes the session cookie.
 */
@WebTest
class SessionCookieTest {

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @LocalServerPort
    int port;
    @org.springframework.beans.factory.annotation.Autowired
    jakarta.servlet.ServletContext servletContext;
    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.boot.web.servlet.ServletRegistrationBean<com.vaadin.flow.spring.SpringServlet> vaadin;

    /** The home page, not signed in: the request is remembered in a new session and the browser sent to sign in. */
    private String sessionCookie(String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/")).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        HttpResponse<Void> response = http.send(request.build(), HttpResponse.BodyHandlers.discarding());
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
            .findFirst().orElseThrow(() -> new AssertionError("no session cookie in " + response.headers().map()));
    }

    @Test
    void theSessionCookieIsSameSiteLaxAndHttpOnly() throws Exception {
        String cookie = sessionCookie();

        assertThat(cookie).containsIgnoringCase("; SameSite=Lax").containsIgnoringCase("; HttpOnly");
        assertThat(cookie).as("plain HTTP (development)").doesNotContainIgnoringCase("Secure");
    }

    /** Tomcat wrote the new session's id into the first redirect's address (;jsessionid=) until told cookies only. */
    @Test
    void theSessionIdIsNeverPutInAnAddress() throws Exception {
        HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/")).GET().build(),
            HttpResponse.BodyHandlers.discarding());
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/login").doesNotContainIgnoringCase("jsessionid");
        assertThat(servletContext.getEffectiveSessionTrackingModes()).containsExactly(jakarta.servlet.SessionTrackingMode.COOKIE);
    }

    /** An open tab no longer keeps a session for ever: 30 idle minutes end it, heartbeat or not. */
    @Test
    void idleSessionsEndAfterThirtyMinutesEvenWithTheTabOpen() throws Exception {
        sessionCookie();
        assertThat(servletContext.getSessionTimeout()).isEqualTo(30);
        assertThat(vaadin.getServlet().getService().getDeploymentConfiguration().isCloseIdleSessions()).isTrue();
    }

    @Test
    void behindAReverseProxyThatTerminatesHttpsTheSessionCookieIsSecure() throws Exception {
        String cookie = sessionCookie("X-Forwarded-Proto", "https", "X-Forwarded-For", "203.0.113.7");

        assertThat(cookie).containsIgnoringCase("; Secure").containsIgnoringCase("; SameSite=Lax");
    }
}
