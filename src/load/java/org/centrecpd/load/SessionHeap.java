package org.centrecpd.load;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.tools.attach.VirtualMachine;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

/**
 * Server heap per signed-in UI session on the main views, measured in the app's own JVM (issue 34 §1): for each view,
 * the heap after a full GC, then N people signed in and on that view, each in a session of their own (through Vaadin's
 * protocol, read with {@link Uidl}), then the heap after a full GC again; the difference divided by N. Then they sign
 * out and the next view starts from a new baseline. Each session is a different person of the load data
 * ({@code practitioner-1@load.centrecpd.example}, …), so nothing a session holds is shared with the next by accident.
 * <p>
 * {@code java -cp … org.centrecpd.load.SessionHeap <url> <app pid> [sessions per view] [view …]}; run by
 * {@code tools/load/session-heap.sh}. The app must run with the demo and load profiles.
 */
public final class SessionHeap {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");
    private static final String DOMAIN = "@load.centrecpd.example";

    /** A view: whose sessions open it, the element that shows it is there, and the routes there, each from the previous answer. */
    private record View(String name, String kind, String expectId, List<Function<Uidl, String>> routes) {
    }

    private static final List<View> VIEWS = List.of(
        new View("home", "practitioner", "my-learning", List.of(a -> "")),
        new View("unit-player", "practitioner", "unit", List.of(a -> "courses/working-together",
            a -> a.links("courses/working-together/units/").stream().sorted().findFirst().orElseThrow())),
        new View("staff-grid", "manager", "staff-grid", List.of(a -> "",
            a -> a.links("centres/").stream().filter(l -> l.endsWith("/staff")).findFirst().orElseThrow())),
        new View("matrix", "manager", "matrix", List.of(a -> "",
            a -> a.links("centres/").stream().filter(l -> l.endsWith("/staff")).findFirst().orElseThrow()
                .replaceFirst("^centres/(\\d+)/staff$", "training/centres/$1"))),
        new View("case-study-search", "partner", "case-study-results", List.of(a -> "case-studies?q=family+support")));

    private final String base;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final MemoryMXBean memory;

    private SessionHeap(String base, MemoryMXBean memory) {
        this.base = base;
        this.memory = memory;
    }

    public static void main(String[] args) throws Exception {
        String url = args[0];
        int sessions = args.length > 2 ? Integer.parseInt(args[2]) : 100;
        List<String> wanted = args.length > 3 ? List.of(args).subList(3, args.length) : List.of();
        VirtualMachine vm = VirtualMachine.attach(args[1]);
        String address = vm.startLocalManagementAgent();
        vm.detach();
        try (JMXConnector connector = JMXConnectorFactory.connect(new JMXServiceURL(address))) {
            MemoryMXBean memory = ManagementFactory.newPlatformMXBeanProxy(connector.getMBeanServerConnection(),
                ManagementFactory.MEMORY_MXBEAN_NAME, MemoryMXBean.class);
            SessionHeap heap = new SessionHeap(url, memory);
            heap.pid = args[1];
            heap.measure(sessions,
                VIEWS.stream().filter(v -> wanted.isEmpty() || wanted.contains(v.name())).toList());
        }
    }

    private void measure(int sessions, List<View> views) throws Exception {
        // One session on each view first (a person not among the N), so that what all sessions share (classes, caches,
        // query plans) is in the baseline. The load data has 150 partners: N at most 149.
        for (View view : views) {
            open(view, sessions + 1).signOut();
        }
        System.out.printf("Heap per signed-in UI session, %d sessions per view, heap after full GC (KB)%s:%n", sessions,
            SETTLE ? "" : ", each session's last answer the view's first");
        for (View view : views) {
            long before = heapAfterGc();
            Map<String, long[]> histogramBefore = HISTOGRAM ? histogram() : Map.of();
            List<Browser> held = new ArrayList<>();
            for (int i = 1; i <= sessions; i++) {
                held.add(open(view, i));
            }
            long after = heapAfterGc();
            System.out.printf("%-20s %7.1f KB   (%s: %.1f MB before, %.1f MB with the sessions)%n", view.name(),
                (after - before) / 1024.0 / sessions, view.kind(), before / 1048576.0, after / 1048576.0);
            if (HISTOGRAM) {
                printGrowth(histogramBefore, histogram(), sessions);
            }
            for (Browser browser : held) {
                browser.signOut();
            }
        }
    }

    /**
     * Vaadin keeps each UI's last answer (a string: UIInternals.lastRequestResponse, to send again if the client repeats
     * a message), so a session left just after a view's first answer holds that answer too, twice its length in bytes
     * when it has a character outside Latin-1. A browser's client sends a message of its own right after rendering
     * (the answers of the return channels, say), after which the session holds a small last answer. {@code -Dsettle=false}
     * measures without that message.
     */
    private static final boolean SETTLE = !"false".equals(System.getProperty("settle"));

    /** {@code -Dhistogram=true}: also the classes whose instances grew most with the sessions (jcmd GC.class_histogram). */
    private static final boolean HISTOGRAM = Boolean.getBoolean("histogram");
    private static final Pattern HISTOGRAM_LINE = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)");
    private String pid;

    /** Instances and bytes per class, after a full GC (the histogram forces one). */
    private Map<String, long[]> histogram() throws Exception {
        Process jcmd = new ProcessBuilder(java.nio.file.Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(), pid,
            "GC.class_histogram").redirectErrorStream(true).start();
        Map<String, long[]> classes = new java.util.HashMap<>();
        try (var lines = new java.io.BufferedReader(new java.io.InputStreamReader(jcmd.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                Matcher m = HISTOGRAM_LINE.matcher(line);
                if (m.find()) {
                    classes.put(m.group(3), new long[]{Long.parseLong(m.group(1)), Long.parseLong(m.group(2))});
                }
            }
        }
        jcmd.waitFor();
        return classes;
    }

    private static void printGrowth(Map<String, long[]> before, Map<String, long[]> after, int sessions) {
        after.entrySet().stream()
            .map(e -> Map.entry(e.getKey(), new long[]{e.getValue()[0] - before.getOrDefault(e.getKey(), new long[2])[0],
                e.getValue()[1] - before.getOrDefault(e.getKey(), new long[2])[1]}))
            .sorted((a, b) -> Long.compare(b.getValue()[1], a.getValue()[1])).limit(25)
            .forEach(e -> System.out.printf("    %8.1f KB %8.1f objects a session  %s%n", e.getValue()[1] / 1024.0 / sessions,
                e.getValue()[0] / (double) sessions, e.getKey()));
    }

    private long heapAfterGc() throws InterruptedException {
        long used = Long.MAX_VALUE;
        // Three collections a second apart, the smallest reading: a request still finishing is not counted.
        for (int i = 0; i < 3; i++) {
            memory.gc();
            used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
            Thread.sleep(1000);
        }
        return used;
    }

    private Browser open(View view, int person) throws Exception {
        Browser browser = new Browser();
        browser.signIn(view.kind() + "-" + person + DOMAIN);
        Uidl answer = null;
        for (Function<Uidl, String> route : view.routes()) {
            answer = browser.navigate(route.apply(answer));
        }
        if (answer.nodeWithId(view.expectId()).isEmpty()) {
            throw new IllegalStateException(view.name() + ": no #" + view.expectId() + " for " + view.kind() + "-" + person);
        }
        if (SETTLE) {
            browser.settle();
        }
        return browser;
    }

    /** One person's browser: its own cookies, its own UI. */
    private final class Browser {
        private final Map<String, String> cookies = new LinkedHashMap<>();
        private int uiId;
        private int uiNode;
        private String csrf;
        private int syncId;
        private int clientId;
        private int history;
        private Integer signOut;

        void signIn(String username) throws Exception {
            Matcher token = CSRF.matcher(get("login"));
            if (!token.find()) {
                throw new IllegalStateException("No CSRF token on the sign-in page");
            }
            String form = "username=" + enc(username) + "&password=" + enc(Journeys.PASSWORD) + "&_csrf=" + enc(token.group(1));
            HttpResponse<String> signedIn = send(request("login").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
            if (signedIn.statusCode() != 302 || signedIn.headers().firstValue("Location").orElse("login").contains("login")) {
                throw new IllegalStateException("Sign-in refused for " + username);
            }
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
            Uidl answer = post(rpc);
            answer.trouble().ifPresent(trouble -> {
                throw new IllegalStateException(location + ": " + trouble);
            });
            if (signOut == null) {
                signOut = answer.nodeWithId("sign-out").orElse(null);
            }
            return answer;
        }

        /** A message with nothing in it, as the client's follow-up after rendering: the answer is a few bytes. */
        void settle() throws Exception {
            Uidl answer = post(JSON.createArrayNode());
            answer.trouble().ifPresent(trouble -> {
                throw new IllegalStateException("settle: " + trouble);
            });
        }

        void signOut() throws Exception {
            ArrayNode rpc = JSON.createArrayNode();
            rpc.addObject().put("type", "event").put("node", signOut).put("event", "click").putObject("data").put("event.button", 0);
            if (!post(rpc).endsSession()) {
                throw new IllegalStateException("Sign-out did not end the session");
            }
        }

        private Uidl post(ArrayNode rpc) throws Exception {
            ObjectNode message = JSON.createObjectNode().put("csrfToken", csrf).put("syncId", syncId).put("clientId", clientId);
            message.set("rpc", rpc);
            Uidl answer = Uidl.parse(send(request("?v-r=uidl&v-uiId=" + uiId)
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(message.toString()))).body());
            if (!answer.endsSession()) {
                syncId = answer.syncId();
                clientId = answer.clientId();
            }
            return answer;
        }

        private String get(String path) throws Exception {
            HttpResponse<String> response = send(request(path).GET());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(path + ": HTTP " + response.statusCode());
            }
            return response.body();
        }

        private HttpRequest.Builder request(String path) {
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + "/" + path));
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

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
