package org.centrecpd.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.centrecpd.demo.DemoLogins;
import org.centrecpd.support.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every response carries the Content-Security-Policy (frame-ancestors 'none' in it), the Referrer-Policy and
 * X-Content-Type-Options, whoever wrote it: the sign-in
 * page, a signed-in view, a download, Spring's error page, and Tomcat's own answer to a malformed request.
 * Through the real Tomcat, as a browser meets them. The session id changes at sign-in.
 */
@WebTest
class SecurityHeadersTest {

    static final String CSP = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
        + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; "
        + "form-action 'self'; frame-ancestors 'none'";
    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
        .followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
            HttpResponse.BodyHandlers.ofString());
    }

    private static void assertPolicies(String what, HttpHeaders headers) {
        assertPolicies(what, headers, CSP);
    }

    private static void assertPolicies(String what, HttpHeaders headers, String... csp) {
        System.out.println(what + ": Content-Security-Policy: " + headers.allValues("Content-Security-Policy")
            + " | Referrer-Policy: " + headers.allValues("Referrer-Policy"));
        assertThat(headers.allValues("Content-Security-Policy")).as(what).containsExactlyInAnyOrder(csp);
        assertThat(headers.allValues("Referrer-Policy")).as(what).containsExactly("strict-origin-when-cross-origin");
        assertThat(headers.allValues("X-Content-Type-Options")).as(what).isNotEmpty().containsOnly("nosniff");
    }

    private static String sessionId(HttpHeaders headers) {
        return headers.allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
            .map(c -> c.substring("JSESSIONID=".length(), c.indexOf(';'))).findFirst().orElse(null);
    }

    @Test
    void theSignInPageAViewADownloadAndErrorPagesCarryBothPolicies() throws Exception {
        HttpResponse<String> login = get("/login");
        assertThat(login.statusCode()).isEqualTo(200);
        assertPolicies("sign-in page", login.headers());

        // The sign-in POST without its CSRF token (login CSRF): refused, and the refusal, not signed in, goes to sign in.
        HttpResponse<String> refused = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString("username=" + DemoLogins.ADMIN.replace("@", "%40") + "&password="
                + DemoLogins.PASSWORD)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).isEqualTo(302);
        assertThat(refused.headers().firstValue("Location").orElseThrow()).endsWith("/login");
        assertPolicies("a refused sign-in without its CSRF token", refused.headers());
        assertThat(get("/case-studies").statusCode()).as("still not signed in").isEqualTo(302);

        String before = sessionId(login.headers());
        Matcher token = CSRF.matcher(login.body());
        assertThat(token.find()).as("the sign-in page carries the CSRF token").isTrue();
        HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString("username=" + DemoLogins.ADMIN.replace("@", "%40") + "&password="
                + DemoLogins.PASSWORD + "&_csrf=" + token.group(1))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        assertPolicies("the sign-in's redirect", signedIn.headers());
        // A new session id at sign-in: an id planted before (session fixation) is worth nothing after.
        assertThat(before).as("the sign-in page started a session").isNotNull();
        assertThat(sessionId(signedIn.headers())).as("session id after sign-in").isNotNull().isNotEqualTo(before);

        HttpResponse<String> view = get("/case-studies");
        assertThat(view.statusCode()).isEqualTo(200);
        assertPolicies("a view", view.headers());

        HttpResponse<String> download = get("/course-files/future-leaders/resources/leadership-plan-template.csv");
        assertThat(download.statusCode()).isEqualTo(200);
        // A download keeps its controller's stricter policy instead (nothing in it may run, sandboxed).
        assertPolicies("a download", download.headers(), "default-src 'none'; style-src 'unsafe-inline'; sandbox");

        // Spring Boot's error page (Tomcat forwards the 404 to /error).
        HttpResponse<String> missing = get("/case-study-files/999999999");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertPolicies("error page (404)", missing.headers());
    }

    /** Tomcat answers a malformed request itself, before any filter or servlet. */
    @Test
    void tomcatsOwnErrorPageCarriesBothPolicies() throws Exception {
        try (Socket socket = new Socket("localhost", port)) {
            OutputStream out = socket.getOutputStream();
            out.write("GET /%zz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
            String status = in.readLine();
            List<String> headers = new ArrayList<>();
            for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                headers.add(line);
            }
            System.out.println("Tomcat's error page: " + status + " " + headers);
            assertThat(status).startsWith("HTTP/1.1 400");
            assertThat(headers).contains("Content-Security-Policy: " + CSP, "Referrer-Policy: strict-origin-when-cross-origin",
                "X-Content-Type-Options: nosniff");
        }
    }
}
