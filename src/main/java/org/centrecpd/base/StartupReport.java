package org.centrecpd.base;

import java.lang.management.ManagementFactory;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.aopalliance.intercept.MethodInterceptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.CommandLineRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.metrics.buffering.StartupTimeline.TimelineEvent;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.metrics.StartupStep;

/**
 * Where start-up spends its time (issue 28; {@code tools/startup/README.md}). Off unless the JVM is started with
 * {@code -Dcentrecpd.startup-report} (or {@code =40} for the 40 slowest steps instead of 25). Then Spring records
 * every start-up step ({@link BufferingApplicationStartup}: each bean's instantiation, each post-processor, the
 * refresh), each runner is timed as a step of its own ({@code centrecpd.runner}), and when the app is ready the log
 * lists the slowest steps by their own time, that is less the steps inside them, so that a bean that waits for
 * the entity manager factory shows the wait and the factory's own beans are not counted twice.
 * <p>
 * Recording costs a little itself, and wraps the runners in proxies: for looking, never for a real installation.
 */
public final class StartupReport {

    public static final String PROPERTY = "centrecpd.startup-report";

    private static final Logger log = LoggerFactory.getLogger(StartupReport.class);

    private StartupReport() {
    }

    /** Records the start-up of this application when the system property asks for it; otherwise does nothing. */
    public static void attachIfAsked(SpringApplication application) {
        String asked = System.getProperty(PROPERTY);
        if (asked == null) {
            return;
        }
        int top = asked.matches("\\d+") ? Integer.parseInt(asked) : 25;
        BufferingApplicationStartup startup = new BufferingApplicationStartup(100_000);
        application.setApplicationStartup(startup);
        application.addInitializers(context -> context.getBeanFactory().addBeanPostProcessor(new TimedRunners(startup)));
        application.addListeners(new Report(startup, top));
    }

    /** Each runner's run as a step of its own, so that it appears in the same list. */
    private record TimedRunners(BufferingApplicationStartup startup) implements BeanPostProcessor {
        @Override
        public Object postProcessAfterInitialization(Object bean, String beanName) {
            if (!(bean instanceof ApplicationRunner || bean instanceof CommandLineRunner) || Modifier.isFinal(bean.getClass().getModifiers())) {
                return bean;
            }
            ProxyFactory proxy = new ProxyFactory(bean);
            proxy.setProxyTargetClass(true); // beans injected by their class (ExtractionWorker) stay injectable
            proxy.addAdvice((MethodInterceptor) call -> {
                if (!call.getMethod().getName().equals("run")) {
                    return call.proceed();
                }
                StartupStep step = startup.start("centrecpd.runner").tag("beanName", beanName);
                try {
                    return call.proceed();
                } finally {
                    step.end();
                }
            });
            return proxy.getProxy(bean.getClass().getClassLoader());
        }
    }

    private static final class Report implements ApplicationListener<ApplicationEvent> {
        private final BufferingApplicationStartup startup;
        private final int top;
        private long startedAt;

        Report(BufferingApplicationStartup startup, int top) {
            this.startup = startup;
            this.top = top;
        }

        @Override
        public void onApplicationEvent(ApplicationEvent event) {
            if (event instanceof ApplicationStartedEvent) {
                startedAt = ManagementFactory.getRuntimeMXBean().getUptime();
            } else if (event instanceof ApplicationReadyEvent) {
                log.info(report(ManagementFactory.getRuntimeMXBean().getUptime()));
            }
        }

        private String report(long readyAt) {
            List<TimelineEvent> events = startup.getBufferedTimeline().getEvents();
            Map<Long, Long> inside = new HashMap<>();
            for (TimelineEvent e : events) {
                Long parent = e.getStartupStep().getParentId();
                if (parent != null) {
                    inside.merge(parent, e.getDuration().toMillis(), Long::sum);
                }
            }
            record Row(long self, long total, String what) {
            }
            List<Row> rows = new ArrayList<>();
            List<Row> runners = new ArrayList<>();
            for (TimelineEvent e : events) {
                long total = e.getDuration().toMillis();
                // Steps on other threads (the JPA bootstrap) can be counted inside a step they did not delay: never below 0.
                long self = Math.max(0, total - inside.getOrDefault(e.getStartupStep().getId(), 0L));
                Row row = new Row(self, total, describe(e.getStartupStep()));
                rows.add(row);
                if (e.getStartupStep().getName().equals("centrecpd.runner")) {
                    runners.add(row);
                }
            }
            StringBuilder text = new StringBuilder()
                .append("Start-up report: JVM start to context started ").append(startedAt).append(" ms, runners ")
                .append(readyAt - startedAt).append(" ms, ready at ").append(readyAt).append(" ms (")
                .append(events.size()).append(" steps recorded)\n");
            text.append("  slowest steps by their own time (own ms / with the steps inside ms):\n");
            rows.stream().sorted(Comparator.comparingLong(Row::self).reversed()).limit(top)
                .forEach(r -> text.append(String.format("  %7d %7d  %s%n", r.self(), r.total(), r.what())));
            text.append("  runners, in the order they ran:\n");
            runners.forEach(r -> text.append(String.format("  %7d %7d  %s%n", r.self(), r.total(), r.what())));
            return text.toString().stripTrailing();
        }

        private static String describe(StartupStep step) {
            StringJoiner tags = new StringJoiner(", ", " [", "]").setEmptyValue("");
            step.getTags().forEach(tag -> tags.add(tag.getKey() + "=" + tag.getValue()));
            return step.getName() + tags;
        }
    }
}
