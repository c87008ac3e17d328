package org.centrecpd.organisation.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.centrecpd.base.RuleViolation;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** Imports run on named threads of their own, as the person who started them, and a fifth is refused, not queued. */
class ImportJobsTest {

    @Test
    void importsRunOnTheirOwnThreadsAsTheirStarterAndTheQueueIsBounded() throws Exception {
        ImportJobs jobs = new ImportJobs();
        try {
            SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken("admin@council.example", null));
            CountDownLatch release = new CountDownLatch(1);
            AtomicReference<String> thread = new AtomicReference<>();
            AtomicReference<String> who = new AtomicReference<>();
            CountDownLatch firstRan = new CountDownLatch(1);
            jobs.start(() -> {
                thread.set(Thread.currentThread().getName());
                who.set(SecurityContextHolder.getContext().getAuthentication().getName());
                firstRan.countDown();
                await(release);
            });
            assertThat(firstRan.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(thread.get()).startsWith("import-");
            assertThat(who.get()).isEqualTo("admin@council.example");
            for (int i = 0; i < 3; i++) {
                jobs.start(() -> await(release)); // one more running, two waiting
            }
            assertThatThrownBy(() -> jobs.start(() -> { })).isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).messageKey()).isEqualTo("import.busy");
            release.countDown();
        } finally {
            SecurityContextHolder.clearContext();
            jobs.destroy();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
