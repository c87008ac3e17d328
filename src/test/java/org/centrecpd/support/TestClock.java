package org.centrecpd.support;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A clock a test can set to any day. Import {@link Config} with {@code @Import(TestClock.Config.class)}
 * and nothing else that changes the context, so every test that needs it shares one Spring context
 * (Spring caches contexts by their configuration); put the clock back with {@link #reset()} after
 * each test.
 */
public final class TestClock extends Clock {

    private static final ZoneId UK = ZoneId.of("Europe/London");
    private volatile Instant instant;

    TestClock() {
        reset();
    }

    /** Noon on {@code day}, UK time. */
    public void setDay(LocalDate day) {
        instant = day.atTime(12, 0).atZone(UK).toInstant();
    }

    /** An exact moment, for rules measured in hours (a reset link's hour). */
    public void setInstant(Instant moment) {
        instant = moment;
    }

    public void reset() {
        instant = null;
    }

    @Override
    public ZoneId getZone() {
        return UK;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }

    @Override
    public Instant instant() {
        Instant fixed = instant;
        return fixed == null ? Instant.now() : fixed;
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Config {
        @Bean
        @Primary
        TestClock testClock() {
            return new TestClock();
        }
    }
}
