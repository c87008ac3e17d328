package org.centrecpd.organisation.importing;

import org.centrecpd.base.RuleViolation;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Starts a spreadsheet import in the background as the signed-in user: off the request thread (the screen
 * shows progress), on threads of its own rather than the JVM's common pool. At most two imports at once and
 * two waiting, because each holds its whole file and one long transaction; one more is refused with a
 * message instead of queueing without end. On shutdown a running import is given a minute to finish (it
 * commits or rolls back as one). The pool is this class's own, not a bean: an executor bean would replace
 * the application's task executor, which mail uses.
 */
@Component
public class ImportJobs implements DisposableBean {

    private final ThreadPoolTaskExecutor executor;

    ImportJobs() {
        this(2, 2);
    }

    ImportJobs(int running, int waiting) {
        executor = new ThreadPoolTaskExecutor();
        executor.setThreadNamePrefix("import-");
        executor.setCorePoolSize(running);
        executor.setMaxPoolSize(running);
        executor.setQueueCapacity(waiting);
        executor.setWaitForTasksToCompleteOnShutdown(true);
        executor.setAwaitTerminationSeconds(60);
        executor.initialize();
    }

    /**
     * Runs {@code work} on an import thread with the caller's sign-in.
     *
     * @throws RuleViolation {@code import.busy} when as many imports as allowed are running and waiting already
     */
    public void start(Runnable work) {
        try {
            executor.execute(new DelegatingSecurityContextRunnable(work, SecurityContextHolder.getContext()));
        } catch (TaskRejectedException busy) {
            throw new RuleViolation("import.busy");
        }
    }

    @Override
    public void destroy() {
        executor.shutdown();
    }
}
