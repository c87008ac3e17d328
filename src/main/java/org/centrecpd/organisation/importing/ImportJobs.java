package org.centrecpd.organisation.importing;

import org.centrecpd.base.RuleViolation;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Starts an import in the background as the signed-in user (see {@link ImportExecution} for the limits). */
@Component
public class ImportJobs {

    private final TaskExecutor executor;

    ImportJobs(@Qualifier(ImportExecution.EXECUTOR) TaskExecutor executor) {
        this.executor = executor;
    }

    /**
     * Runs {@code work} on an import thread with the caller's sign-in.
     *
     * @throws RuleViolation {@code import.busy} when two imports are running and two are waiting already
     */
    public void start(Runnable work) {
        try {
            executor.execute(new DelegatingSecurityContextRunnable(work, SecurityContextHolder.getContext()));
        } catch (TaskRejectedException busy) {
            throw new RuleViolation("import.busy");
        }
    }
}
