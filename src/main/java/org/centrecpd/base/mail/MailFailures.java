package org.centrecpd.base.mail;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Counts the messages the mail server refused since this instance started, whichever feature sent them (every
 * message goes through the one {@link MailSender}, which this wraps): an admin's home shows the number and when the
 * last one failed, so a broken mail server is seen before people say they were never told. The messages themselves
 * are in the log (each sender logs its failure); nothing about them is kept here.
 */
@Component
public class MailFailures implements BeanPostProcessor {

    /** Failed messages since start, and when the last one failed (none: empty). */
    public record Since(long count, Optional<Instant> last) {
    }

    private final AtomicLong count = new AtomicLong();
    private final AtomicReference<Instant> last = new AtomicReference<>();
    private final ObjectProvider<Clock> clock;

    MailFailures(ObjectProvider<Clock> clock) {
        this.clock = clock;
    }

    public Since sinceStart() {
        return new Since(count.get(), Optional.ofNullable(last.get()));
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (!(bean instanceof MailSender sender)) {
            return bean;
        }
        return (MailSender) mail -> {
            try {
                sender.send(mail);
            } catch (RuntimeException e) {
                count.incrementAndGet();
                last.set(clock.getObject().instant());
                throw e;
            }
        };
    }
}
