package org.centrecpd.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.centrecpd.privacy.service.Retention;
import org.centrecpd.support.Inbox;
import org.centrecpd.support.WebTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The links in the privacy e-mails, through the real Tomcat and security filters: a leaver's link downloads their
 * ZIP without signing in, never cached; a wrong one is 404; a requested copy's link asks for the sign-in first.
 */
@WebTest
class CopyLinksHttpTest {

    @RegisterExtension
    static GreenMailExtension smtp = org.centrecpd.support.TestJvm.smtp();
    private final Inbox inbox = new Inbox(smtp);

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Retention retention;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<byte[]> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
            HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void aLeaversLinkWorksWithoutSigningInAndNothingElseDoes() throws Exception {
        PrivacyPeople people = new PrivacyPeople(jdbc);
        LocalDate today = LocalDate.now();
        people.leaves(people.ada, today.minusDays(1));
        assertThat(retention.offerCopiesToLeavers(today, people.org.authority)).isEqualTo(1);
        String body = inbox.to(people.ada.email()).stream().map(GreenMailUtil::getBody).findFirst().orElseThrow().replace("=\r\n", "");
        Matcher link = Pattern.compile("/privacy/leaver-copy/([A-Za-z0-9_-]{43})").matcher(body);
        assertThat(link.find()).isTrue();

        HttpResponse<byte[]> copy = get("/privacy/leaver-copy/" + link.group(1));
        assertThat(copy.statusCode()).isEqualTo(200);
        assertThat(copy.headers().firstValue("Content-Type")).hasValue("application/zip");
        assertThat(copy.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment");
        assertThat(copy.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(SubjectAccessTest.unzip(copy.body())).containsKeys("README.txt", "summary.pdf");

        assertThat(get("/privacy/leaver-copy/" + "x".repeat(43)).statusCode()).isEqualTo(404);
        HttpResponse<byte[]> requested = get("/privacy/copies/" + link.group(1));
        assertThat(requested.statusCode()).as("signed in first").isEqualTo(302);
        assertThat(requested.headers().firstValue("Location").orElseThrow()).contains("/login");
        assertThat(get("/privacy").statusCode()).as("the notice, for anyone").isEqualTo(200);
    }
}
