package org.centrecpd.base;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Delivers again every event whose listener failed (say, training could not record a completion
 * because the database was briefly unreachable) a few minutes later, rather than only at the next
 * restart. Spring Modulith's registry keeps such a publication as FAILED until a delivery succeeds;
 * one that keeps failing is retried and logged each time, never dropped.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
public class FailedEventRetry {

    private static final Logger log = LoggerFactory.getLogger(FailedEventRetry.class);

    private final FailedEventPublications failed;

    FailedEventRetry(FailedEventPublications failed) {
        this.failed = failed;
    }

    @Scheduled(initialDelayString = "${centrecpd.events.retry-failed-every:PT5M}",
        fixedDelayString = "${centrecpd.events.retry-failed-every:PT5M}")
    public void retryFailed() {
        log.debug("Resubmitting failed event publications");
        failed.resubmit(ResubmissionOptions.defaults());
    }
}
