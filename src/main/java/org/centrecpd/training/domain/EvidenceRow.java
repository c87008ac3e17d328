package org.centrecpd.training.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A piece of external evidence as listed: whose, what, when, hours, where it stands, the manager's comment, the course
 * it was mapped to (title; null: none) and whether a certificate file is attached.
 */
public record EvidenceRow(long id, long personId, String personName, String title, String provider, LocalDate completedOn,
                          BigDecimal cpdHours, ExternalEvidence.Status status, LocalDate reviewedOn, String reviewComment,
                          String courseTitle, boolean hasCertificate) {
}
