package org.centrecpd.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.autoconfigure.endpoint.EndpointAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.endpoint.jackson.JacksonEndpointAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.endpoint.web.WebEndpointAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.web.server.ManagementContextAutoConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.availability.ApplicationAvailabilityAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.health.autoconfigure.actuate.endpoint.AvailabilityProbesAutoConfiguration;
import org.springframework.boot.health.autoconfigure.actuate.endpoint.HealthEndpointAutoConfiguration;
import org.springframework.boot.health.autoconfigure.application.AvailabilityHealthContributorAutoConfiguration;
import org.springframework.boot.health.autoconfigure.contributor.HealthContributorAutoConfiguration;
import org.springframework.boot.health.autoconfigure.registry.HealthContributorRegistryAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.servlet.autoconfigure.actuate.web.ServletManagementContextAutoConfiguration;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.actuate.endpoint.web.WebMvcHealthEndpointExtensionAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * A node being stopped tells the load balancer first: its readiness answers 503 OUT_OF_SERVICE while the web
 * server still serves, for the drain time, and only then does the server stop taking connections. Runs the web
 * server, Actuator's health and {@link ShutdownDrain} alone (no database, no Vaadin), so it costs about a second
 * plus the drain; the two-node check (ops/cluster/check.sh) shows HAProxy draining a real node.
 */
class ShutdownDrainTest {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void readinessTurnsOutOfServiceWhileTheServerStillServesThenTheServerStops() throws Exception {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(HealthOnly.class)
            .run("--server.port=0", "--spring.main.banner-mode=off", "--centrecpd.shutdown.drain-for=PT2S",
                // the product's readiness group, less the database this context has not got
                "--management.endpoint.health.group.readiness.include=readinessState");
        String readiness = "http://localhost:" + ((WebServerApplicationContext) context).getWebServer().getPort()
            + "/actuator/health/readiness";
        assertThat(get(readiness).statusCode()).isEqualTo(200);

        long closing = System.nanoTime();
        CompletableFuture<Void> closed = CompletableFuture.runAsync(context::close);
        HttpResponse<String> draining = get(readiness);
        while (draining.statusCode() == 200 && System.nanoTime() - closing < Duration.ofSeconds(2).toNanos()) {
            Thread.sleep(20);
            draining = get(readiness);
        }
        long unreadyAfter = System.nanoTime() - closing;

        assertThat(draining.statusCode()).as("readiness while the node drains").isEqualTo(503);
        assertThat(draining.body()).contains("OUT_OF_SERVICE");
        assertThat(Duration.ofNanos(unreadyAfter)).as("unready soon after the stop began").isLessThan(Duration.ofSeconds(1));
        assertThat(get(readiness).statusCode()).as("still answering during the drain").isEqualTo(503);
        assertThat(closed).as("the server waits out the drain before it stops").isNotDone();

        closed.get();
        assertThat(Duration.ofNanos(System.nanoTime() - closing)).isGreaterThanOrEqualTo(Duration.ofSeconds(2));
        assertThatThrownBy(() -> get(readiness)).isInstanceOf(ConnectException.class);
    }

    private HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Configuration(proxyBeanMethods = false)
    @ImportAutoConfiguration({TomcatServletWebServerAutoConfiguration.class, DispatcherServletAutoConfiguration.class,
        WebMvcAutoConfiguration.class, JacksonAutoConfiguration.class, ApplicationAvailabilityAutoConfiguration.class,
        EndpointAutoConfiguration.class, JacksonEndpointAutoConfiguration.class, WebEndpointAutoConfiguration.class,
        HealthContributorAutoConfiguration.class, HealthContributorRegistryAutoConfiguration.class,
        HealthEndpointAutoConfiguration.class, AvailabilityHealthContributorAutoConfiguration.class,
        AvailabilityProbesAutoConfiguration.class, WebMvcHealthEndpointExtensionAutoConfiguration.class,
        ManagementContextAutoConfiguration.class, ServletManagementContextAutoConfiguration.class})
    @Import(ShutdownDrain.class)
    static class HealthOnly {
    }
}
