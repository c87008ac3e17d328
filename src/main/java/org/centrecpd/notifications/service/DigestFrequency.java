package org.centrecpd.notifications.service;

import java.time.Duration;

/** How often the scope digest comes; weekly unless the person chose otherwise. */
public enum DigestFrequency {
    DAILY(Duration.ofDays(1)), WEEKLY(Duration.ofDays(7)), NEVER(null);

    private final Duration gap;

    DigestFrequency(Duration gap) {
        this.gap = gap;
    }

    /** The least time between two digests to one person (a few minutes less, so a job that starts late is not skipped). */
    Duration minimumGap() {
        return gap == null ? null : gap.minusHours(1);
    }
}
