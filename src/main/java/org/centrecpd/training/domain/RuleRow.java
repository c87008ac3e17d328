package org.centrecpd.training.domain;

import java.time.LocalDate;

/** A rule as listed: its course, terms, dates, and how many people it claims today. */
public record RuleRow(long id, String courseSlug, String courseTitle, int dueDays, boolean required, Integer refreshMonths,
                      LocalDate createdOn, LocalDate endedOn, long reached) {
}
