package org.centrecpd.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two app nodes' schedulers on one database fire the same job at the same moment, round after round: the job runs
 * once each time. Each node has its own lock provider, made as {@link SchedulerLocks} makes the app's.
 */
abstract class SchedulerLocksContract {

    private static final int ROUNDS = 20;

    @Autowired
    DataSource dataSource;

    @Test
    void twoNodesFiringAJobAtTheSameMomentRunItOnce() throws Exception {
        List<LockingTaskExecutor> nodes = List.of(node("node-a"), node("node-b"));
        String job = "race-" + System.nanoTime();
        AtomicInteger[] runs = new AtomicInteger[ROUNDS];
        for (int round = 0; round < ROUNDS; round++) {
            runs[round] = new AtomicInteger();
        }
        CyclicBarrier together = new CyclicBarrier(nodes.size());
        ExecutorService threads = Executors.newFixedThreadPool(nodes.size());
        try {
            List<Future<?>> done = nodes.stream().<Future<?>>map(node -> threads.submit(() -> {
                for (int round = 0; round < ROUNDS; round++) {
                    together.await(30, TimeUnit.SECONDS);
                    AtomicInteger count = runs[round];
                    // As a cron job at 02:45 on both nodes: the lock is held at least a minute, past the other node's firing.
                    node.executeWithLock((Runnable) count::incrementAndGet,
                        new LockConfiguration(Instant.now(), job + "-" + round, Duration.ofMinutes(5), Duration.ofMinutes(1)));
                }
                return null;
            })).toList();
            for (Future<?> f : done) {
                f.get(120, TimeUnit.SECONDS);
            }
        } finally {
            threads.shutdownNow();
        }
        for (int round = 0; round < ROUNDS; round++) {
            assertThat(runs[round]).as("round " + round).hasValue(1);
        }
        // Whoever looks at the table sees which node holds each lock (two nodes on one host have one host name).
        assertThat(new JdbcTemplate(dataSource).queryForList("select distinct locked_by from shedlock where name like ?", String.class,
            job + "-%")).isNotEmpty().isSubsetOf("node-a", "node-b");
    }

    private LockingTaskExecutor node(String name) {
        return new DefaultLockingTaskExecutor(new SchedulerLocks().lockProvider(dataSource, name));
    }
}
