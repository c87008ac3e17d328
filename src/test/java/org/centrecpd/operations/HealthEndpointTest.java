package org.centrecpd.operations;

import org.centrecpd.support.WebTest;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.endpoint.web.PathMappedEndpoints;

import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Load balancers and monitoring ask /actuator/health (and its liveness and readiness groups) without
 * signing in; no other actuator endpoint exists, for anyone.
 */
@WebTest
class HealthEndpointTest {

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @LocalServerPort
    int port;
    @Autowired
    PathMappedEndpoints endpoints;

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
            HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> response) {
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("json"));
        return JsonMapper.builder().build().readTree(response.body());
    }

    @Test
    void healthAnswersWithoutSignInAndIncludesTheDatabase() throws Exception {
        HttpResponse<String> response = get("/actuator/health");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode health = json(response);
        assertThat(health.path("status").asString()).isEqualTo("UP");
        assertThat(health.path("components").path("db").path("status").asString()).isEqualTo("UP");
        assertThat(response.body()).as("no details for anonymous callers").doesNotContain("H2", "database\"", "validationQuery");
    }

    @Test
    void livenessAndReadinessAnswerAndReadinessIncludesTheDatabase() throws Exception {
        HttpResponse<String> liveness = get("/actuator/health/liveness");
        assertThat(liveness.statusCode()).isEqualTo(200);
        assertThat(json(liveness).path("status").asString()).isEqualTo("UP");

        HttpResponse<String> readiness = get("/actuator/health/readiness");
        assertThat(readiness.statusCode()).isEqualTo(200);
        JsonNode ready = json(readiness);
        assertThat(ready.path("status").asString()).isEqualTo("UP");
        assertThat(ready.path("components").path("db").path("status").asString()).isEqualTo("UP");
    }

    @ParameterizedTest(name = "/actuator{0} is not there")
    @ValueSource(strings = {"", "/env", "/beans", "/info", "/configprops", "/mappings", "/metrics", "/loggers",
        "/heapdump", "/threaddump", "/conditions", "/scheduledtasks", "/sbom", "/shutdown"})
    void nothingElseIsExposedToAnonymousCallers(String endpoint) throws Exception {
        HttpResponse<String> response = get("/actuator" + endpoint);

        assertThat(response.statusCode()).isIn(302, 401, 403, 404);
        if (response.statusCode() == 302) {
            assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        }
        assertThat(response.body()).doesNotContain("_links", "propertySources", "activeProfiles", "contexts", "spring.");
    }

    @Test
    void theHealthEndpointIsTheOnlyOneThereIsEvenForSignedInUsers() {
        assertThat(endpoints.getAllPaths()).containsExactly("/actuator/health");
    }
}
