package org.centrecpd.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.centrecpd.demo.DemoLogins;
import org.centrecpd.load.Uidl;
import org.centrecpd.support.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Server heap per signed-in UI session on the main views: holds {@code bench.sessions} (40) sessions open on
 * one view, each signed in and navigated through Vaadin's protocol as a browser would ({@link Uidl}, the load
 * test's reader), and compares the heap after a full GC with and without them. The app runs in this JVM
 * ({@link WebTest}), so "heap" is the app's and the test's together; the difference is the sessions'.
 * Prints the figure per view; asserts only that every session reached its view.
 */
@WebTest
class SessionHeapBenchmark {

    private static final int SESSIONS = Integer.getInteger("bench.sessions", 40);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    /** A view: who opens it, and the routes that lead there, each from the previous answer. */
    private record View(String name, String login, String expectId, List<Function<Uidl, String>> routes) {
    }

    @Test
    void heapPerSessionOnTheMainViews() throws Exception {
        List<View> views = List.of(
            new View("home (practitioner)", DemoLogins.PRACTITIONER, "my-learning", List.of(a -> "")),
            new View("unit player", DemoLogins.PRACTITIONER, "unit", List.of(a -> "courses/working-together",
                a -> a.links("courses/working-together/units/").stream().sorted().findFirst().orElseThrow())),
            new View("home (manager)", DemoLogins.MANAGER, "my-centres", List.of(a -> "")),
            new View("staff grid (manager)", DemoLogins.MANAGER, "staff-grid", List.of(a -> "",
                a -> a.links("centres/").stream().filter(l -> l.endsWith("/staff")).findFirst().orElseThrow())),
            new View("training matrix (manager)", DemoLogins.MANAGER, "matrix", List.of(a -> "training",
                a -> a.links("training/centres/").getFirst())),
            new View("case-study search results (partner)", DemoLogins.PARTNER, "case-study-results",
                List.of(a -> "case-studies?q=family+support")));
        // One of each first, so that what every session shares (classes, caches, the view's static parts) is in the baseline.
        for (View view : views) {
            open(view).signOut();
        }
        System.out.printf("%nServer heap per signed-in UI session, %d sessions per view, heap after full GC:%n", SESSIONS);
        for (View view : views) {
            long before = heapAfterGc();
            List<Browser> held = new ArrayList<>();
            for (int i = 0; i < SESSIONS; i++) {
                held.add(open(view));
            }
            long after = heapAfterGc();
            System.out.printf("  %-38s %6.1f KB%n", view.name(), (after - before) / 1024.0 / SESSIONS);
            for (Browser browser : held) {
                browser.signOut();
            }
        }
    }

    private Browser open(View view) throws Exception {
        Browser browser = new Browser();
        browser.signIn(view.login());
        Uidl answer = null;
        for (Function<Uidl, String> route : view.routes()) {
            answer = browser.navigate(route.apply(answer));
        }
        assertThat(answer.nodeWithId(view.expectId())).as(view.name() + " shows #" + view.expectId()).isPresent();
        return browser;
    }

    private static long heapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(300);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /**
     * One HTTP client for all the browsers: the measurement is in this JVM, and a client per browser (its selector
     * thread and buffers, about 1 MB) would be counted as the app's.
     */
    private final HttpClient http = HttpClient.newHttpClient();

    /** One browser: its own cookies (kept by hand, a few bytes), its own UI. */
    private final class Browser {
        private final java.util.Map<String, String> cookies = new java.util.LinkedHashMap<>();
        private int uiId;
        private int uiNode;
        private String csrf;
        private int syncId;
        private int clientId;
        private int history;
        private Integer signOut;

        void signIn(String username) throws Exception {
            Matcher token = CSRF.matcher(get("login"));
            assertThat(token.find()).isTrue();
            String form = "username=" + enc(username) + "&password=" + enc(DemoLogins.PASSWORD) + "&_csrf=" + enc(token.group(1));
            HttpResponse<String> signedIn = send(request("login")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
            assertThat(signedIn.statusCode()).isEqualTo(302);
            assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("login");
            String init = get("?v-r=init&location=&query=");
            Uidl bootstrap = Uidl.parseInit(init);
            uiId = Uidl.uiId(init);
            uiNode = bootstrap.nodeWithTag("body").orElseThrow();
            csrf = bootstrap.csrfToken();
            syncId = bootstrap.syncId();
            clientId = bootstrap.clientId();
        }

        Uidl navigate(String location) throws Exception {
            String[] parts = location.split("\\?", 2);
            ArrayNode rpc = JSON.createArrayNode();
            ObjectNode data = rpc.addObject().put("type", "event").put("node", uiNode).put("event", "ui-navigate")
                .putObject("data").put("route", parts[0]).put("query", parts.length > 1 ? parts[1] : "")
                .put("appShellTitle", "").put("trigger", "");
            data.putObject("historyState").put("idx", history++);
            Uidl answer = send(rpc);
            if (signOut == null) {
                signOut = answer.nodeWithId("sign-out").orElse(null);
            }
            return answer;
        }

        void signOut() throws Exception {
            ArrayNode rpc = JSON.createArrayNode();
            rpc.addObject().put("type", "event").put("node", signOut).put("event", "click").putObject("data").put("event.button", 0);
            ObjectNode message = JSON.createObjectNode().put("csrfToken", csrf).put("syncId", syncId).put("clientId", clientId);
            message.set("rpc", rpc);
            assertThat(Uidl.parse(post(message)).endsSession()).isTrue();
        }

        private Uidl send(ArrayNode rpc) throws Exception {
            ObjectNode message = JSON.createObjectNode().put("csrfToken", csrf).put("syncId", syncId).put("clientId", clientId);
            message.set("rpc", rpc);
            Uidl answer = Uidl.parse(post(message));
            assertThat(answer.trouble()).isEmpty();
            syncId = answer.syncId();
            clientId = answer.clientId();
            return answer;
        }

        private String post(ObjectNode message) throws Exception {
            return send(request("?v-r=uidl&v-uiId=" + uiId)
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(message.toString()))).body();
        }

        private String get(String path) throws Exception {
            HttpResponse<String> response = send(request(path).GET());
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            return response.body();
        }

        private HttpRequest.Builder request(String path) {
            HttpRequest.Builder builder = HttpRequest.newBuilder(uri(path));
            if (!cookies.isEmpty()) {
                builder.header("Cookie", String.join("; ", cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue()).toList()));
            }
            return builder;
        }

        private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            for (String set : response.headers().allValues("Set-Cookie")) {
                String pair = set.split(";", 2)[0];
                int eq = pair.indexOf('=');
                cookies.put(pair.substring(0, eq), pair.substring(eq + 1));
            }
            return response;
        }
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + "/" + path);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
