package org.centrecpd.base;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one clock of the application. Everything that asks "what is today?" (effective dates,
 * due dates, completion dates) takes this bean, so tests can fix the date.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    /** Children's centres are in England: dates are UK dates. */
    static final ZoneId UK = ZoneId.of("Europe/London");

    @Bean
    Clock clock() {
        return Clock.system(UK);
    }
}
