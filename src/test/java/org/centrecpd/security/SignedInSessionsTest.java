package org.centrecpd.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.centrecpd.support.SignIn;
import org.centrecpd.support.WebTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Signed in on two browsers at once is allowed; the person sees both and ends the other one, whose next
 * request finds itself signed out. Through the real server: sessions are the servlet container's.
 */
@WebTest
class SignedInSessionsTest {

    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final String PASSWORD = "two browsers at once";

    @LocalServerPort
    int port;
    @Autowired
    AccountService accounts;
    @Autowired
    SignedInSessions sessions;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private HttpClient browser() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    private HttpResponse<String> get(HttpClient browser, String path) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
            HttpResponse.BodyHandlers.ofString());
    }

    private void signIn(HttpClient browser, String user) throws Exception {
        Matcher token = CSRF.matcher(get(browser, "/login").body());
        assertThat(token.find()).isTrue();
        HttpResponse<String> response = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString("username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + token.group(1))).build(),
            HttpResponse.BodyHandlers.ofString());
        assertThat(response.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
    }

    @Test
    void aPersonSeesTheirOtherSessionAndEndsIt() throws Exception {
        String user = AccountsFixture.unique("two-browsers");
        accounts.createIfAbsent(user, PASSWORD, Role.PRACTITIONER, null, "Two Browsers");
        HttpClient office = browser();
        HttpClient home = browser();
        signIn(office, user);
        signIn(home, user);
        assertThat(get(office, "/sessions").statusCode()).isEqualTo(200);
        assertThat(get(home, "/sessions").statusCode()).isEqualTo(200);

        SignIn.as(accounts, user);
        List<SignedInSessions.Session> both = sessions.mine("this-test");
        assertThat(both).hasSize(2);
        String homeSession = both.getFirst().id();
        String officeSession = both.get(1).id();

        assertThat(sessions.end(homeSession, officeSession)).isTrue();
        assertThat(sessions.mine(officeSession)).extracting(SignedInSessions.Session::current).containsExactly(true);
        HttpResponse<String> ended = get(home, "/sessions");
        assertThat(ended.statusCode()).isEqualTo(302);
        assertThat(ended.headers().firstValue("Location").orElseThrow()).endsWith("/login");
        assertThat(get(office, "/sessions").statusCode()).as("the other browser is still signed in").isEqualTo(200);
        assertThat(sessions.end(officeSession, officeSession)).as("not this session, from here").isFalse();
    }
}
