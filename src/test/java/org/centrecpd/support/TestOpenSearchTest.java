package org.centrecpd.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The OpenSearch node the search tests run against answers, as OpenSearch 2.19, with the analysis the app needs. */
class TestOpenSearchTest {

    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void answersAsOpenSearch219() throws Exception {
        String body = client.send(HttpRequest.newBuilder(URI.create(TestOpenSearch.url())).build(),
            HttpResponse.BodyHandlers.ofString()).body();
        assertThat(body).contains("\"distribution\" : \"opensearch\"").contains("\"number\" : \"2.19.");
    }

    @Test
    void stemsEnglishWithTheCommonAnalysisPlugin() throws Exception {
        String body = client.send(HttpRequest.newBuilder(URI.create(TestOpenSearch.url() + "/_analyze"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("""
                {"tokenizer": "standard", "filter": ["lowercase", "asciifolding", "stop", "porter_stem"], "text": "The supporting Parents café"}"""))
            .build(), HttpResponse.BodyHandlers.ofString()).body();
        assertThat(body).contains("\"token\":\"support\"").contains("\"token\":\"parent\"").contains("\"token\":\"cafe\"")
            .doesNotContain("\"token\":\"the\"");
    }
}
