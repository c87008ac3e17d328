import java.nio.file.Path;
import java.util.List;
import org.opensearch.analysis.common.CommonAnalysisPlugin;
import org.opensearch.common.settings.Settings;
import org.opensearch.index.reindex.ReindexPlugin;
import org.opensearch.node.InternalSettingsPreparer;
import org.opensearch.node.Node;
import org.opensearch.transport.Netty4Plugin;

/**
 * One OpenSearch node for the tests, started from the server's jars in a JVM of its own (support.TestOpenSearch):
 * {@code java -cp 'target/opensearch/lib/*' src/test/opensearch/OpenSearchNode.java <home> <http port> <transport port>}.
 * Single-node discovery, no security plugin, HTTP through Netty and the common analysis (English stemming, stop
 * words, ASCII folding) that the app's analyzers use, and the reindex module (delete-by-query, which a rebuild uses). Stops when its parent closes its standard input.
 * <p>
 * The local cluster (ops/cluster/start.sh) runs the same node with a fourth argument, {@code service}: it then runs
 * until it is stopped (SIGTERM, ops/cluster/stop.sh), keeping its data in {@code <home>/data} between starts.
 */
public class OpenSearchNode {

    private static final String NAME = "node-1";

    public static void main(String[] args) throws Exception {
        Path home = Path.of(args[0]);
        boolean service = args.length > 3 && "service".equals(args[3]);
        Settings settings = Settings.builder()
            .put("path.home", home.toString())
            .put("path.data", home.resolve("data").toString())
            .put("path.logs", home.resolve("logs").toString())
            .put("cluster.name", service ? "centrecpd-local-cluster" : "centrecpd-test")
            .put("node.name", NAME)
            .put("discovery.type", "single-node")
            .put("network.host", "127.0.0.1")
            .put("http.port", args[1])
            .put("transport.port", args[2])
            .put("cluster.routing.allocation.disk.threshold_enabled", false)
            .put("action.auto_create_index", false)
            .build();
        Node node = new TestNode(settings);
        node.start();
        System.out.println("OpenSearch node started on http://127.0.0.1:" + args[1]);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                node.close();
            } catch (Exception ignored) {
                // stopping anyway
            }
        }));
        if (service) {
            Thread.currentThread().join(); // until SIGTERM: the shutdown hook closes the node
        }
        // The parent holds our standard input: when it ends (the test JVM exited, or was killed), so do we.
        while (System.in.read() != -1) {
            // nothing to read
        }
        node.close();
        System.exit(0);
    }

    static class TestNode extends Node {
        TestNode(Settings settings) {
            super(InternalSettingsPreparer.prepareEnvironment(settings, java.util.Map.of(), null, () -> NAME),
                List.of(Netty4Plugin.class, CommonAnalysisPlugin.class, ReindexPlugin.class), true);
        }
    }
}
