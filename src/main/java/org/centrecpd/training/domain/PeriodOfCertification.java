package org.centrecpd.training.domain;

import java.time.LocalDate;

/**
 * A certification period as a person's record shows it: the course, when it was completed, valid from and
 * until, and how it ended as seen on the day asked about ({@link Outcome}).
 */
public record PeriodOfCertification(long courseId, String courseTitle, LocalDate completedOn, LocalDate validFrom,
                                    LocalDate validUntil, LocalDate renewedOn, Outcome outcome) {

    /** How a period stands on a day. */
    public enum Outcome {
        /** Valid on the day and not yet replaced. */
        CURRENT,
        /** A later completion came on or before its last valid day. */
        RENEWED,
        /** Its last valid day passed with no renewal by then (a later completion, if any, began a new period). */
        LAPSED;

        public String key() {
            return "training.period." + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * The outcome of a period valid until {@code validUntil}, whose next period (of the same person and course)
     * was completed on {@code nextCompletedOn} (null: none), seen on {@code day}.
     */
    public static Outcome outcome(LocalDate validUntil, LocalDate nextCompletedOn, LocalDate day) {
        if (nextCompletedOn != null && !nextCompletedOn.isAfter(day) && !nextCompletedOn.isAfter(validUntil)) {
            return Outcome.RENEWED;
        }
        return validUntil.isBefore(day) ? Outcome.LAPSED : Outcome.CURRENT;
    }
}
