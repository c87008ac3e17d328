package org.centrecpd;

import org.centrecpd.support.WebTest;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The app has an icon and a web app manifest, and a browser that is not signed in can load them (the
 * sign-in page shows the icon; browsers fetch the manifest without the session cookie).
 */
@WebTest
class AppIconTest {

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @LocalServerPort
    int port;

    private HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/" + path)).GET().build(),
            HttpResponse.BodyHandlers.ofByteArray());
    }

    @ParameterizedTest(name = "/{0} is served as {1} to anyone")
    @CsvSource({
        "favicon.ico, image/",
        "icons/icon.svg, image/svg+xml",
        "icons/icon-192.png, image/png",
        "icons/icon-512.png, image/png",
        "manifest.webmanifest, application/manifest+json"})
    void theIconsAndTheManifestAreServedWithoutSigningIn(String path, String contentType) throws Exception {
        HttpResponse<byte[]> response = get(path);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith(contentType));
        assertThat(response.body()).isNotEmpty();
    }

    @Test
    void faviconIsAWindowsIcon() throws Exception {
        assertThat(get("favicon.ico").body()).startsWith(0, 0, 1, 0);
    }

    @Test
    void theManifestNamesTheAppAndItsIcons() throws Exception {
        JsonNode manifest = JsonMapper.builder().build().readTree(get("manifest.webmanifest").body());

        assertThat(manifest.path("name").asString()).isEqualTo("Centre CPD");
        assertThat(manifest.path("short_name").asString()).isNotBlank().hasSizeLessThanOrEqualTo(12);
        assertThat(manifest.path("icons").valueStream().map(icon -> icon.path("src").asString()))
            .contains("icons/icon.svg", "icons/icon-192.png", "icons/icon-512.png");
    }

    @Test
    void everyPageLinksTheIconAndTheManifest() throws Exception {
        String loginPage = new String(get("login").body(), java.nio.charset.StandardCharsets.UTF_8);

        assertThat(loginPage).contains("rel=\"icon\"").contains("href=\"icons/icon.svg\"").contains("href=\"favicon.ico\"")
            .contains("rel=\"manifest\"").contains("href=\"manifest.webmanifest\"");
    }
}
