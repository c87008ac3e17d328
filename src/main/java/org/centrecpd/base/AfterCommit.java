package org.centrecpd.base;

import java.util.concurrent.Executor;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Work that must follow a change only once the change is durable: a mail about it, a document to read,
 * a search entry to write. Run after the caller's transaction commits (at once outside one), and not at
 * all when it rolls back, so nobody is told of a change that never happened. The one place that registers
 * a transaction synchronisation; where an event fits better, {@code @TransactionalEventListener} does the
 * same job.
 */
public final class AfterCommit {

    private AfterCommit() {
    }

    /** Runs {@code work} on this thread once the current transaction has committed. */
    public static void run(Runnable work) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            work.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                work.run();
            }
        });
    }

    /** Hands {@code work} to {@code executor} once the current transaction has committed. */
    public static void submit(Executor executor, Runnable work) {
        run(() -> executor.execute(work));
    }
}
