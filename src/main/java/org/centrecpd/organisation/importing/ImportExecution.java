package org.centrecpd.organisation.importing;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.TaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * Where spreadsheet imports run: off the request thread (the screen shows progress), on threads of their own
 * rather than the JVM's common pool. At most two imports at once and two waiting, because each holds its whole
 * file and one long transaction; a third waiting import is refused with a message instead of queueing without
 * end. On shutdown a running import is given a minute to finish (it commits or rolls back as one).
 */
@Configuration(proxyBeanMethods = false)
class ImportExecution {

    static final String EXECUTOR = "importExecutor";

    @Bean(name = EXECUTOR)
    TaskExecutor importExecutor() {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setThreadNamePrefix("import-");
        executor.setCorePoolSize(2);
        executor.setMaxPoolSize(2);
        executor.setQueueCapacity(2);
        executor.setWaitForTasksToCompleteOnShutdown(true);
        executor.setAwaitTerminationSeconds(60);
        return executor;
    }
}
