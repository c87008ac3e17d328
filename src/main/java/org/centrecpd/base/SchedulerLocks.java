package org.centrecpd.base;

import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Scheduled jobs that must run once however many app nodes there are (e.g. the training reminders)
 * take a lock in the database ({@code @SchedulerLock}, ShedLock's JDBC provider, table
 * {@code shedlock} in V7): a node that finds the lock taken skips that run. Time comes from the
 * database, so nodes with drifting clocks still agree. The lock names the node that holds it
 * ({@code centrecpd.node.name}; ShedLock's default, the host name, is the same for two nodes on one machine).
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = "PT30M")
class SchedulerLocks {

    @Bean
    LockProvider lockProvider(DataSource dataSource, @Value("${centrecpd.node.name:}") String node) {
        var configuration = JdbcTemplateLockProvider.Configuration.builder()
            .withJdbcTemplate(new JdbcTemplate(dataSource))
            .usingDbTime();
        if (!node.isBlank()) {
            configuration.withLockedByValue(node);
        }
        return new JdbcTemplateLockProvider(configuration.build());
    }
}
