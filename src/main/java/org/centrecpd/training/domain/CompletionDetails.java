package org.centrecpd.training.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A completed course as a CPD record and a certificate show it. {@code centre}: where the person worked that day. */
public record CompletionDetails(long completionId, long personId, String personName, String courseTitle, int version,
                                LocalDate completedOn, BigDecimal cpdHours, String centre) {
}
