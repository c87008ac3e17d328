package org.centrecpd.training.service;

import org.centrecpd.training.domain.CpdYear;
import org.centrecpd.training.domain.CompletionDetails;
import java.util.List;

/**
 * A person's CPD record: completions (newest first), hours per year, every certification period they held, and
 * which completions have a certificate issued and not withdrawn (those a manager may withdraw), and their external CPD
 * evidence (verified hours are in the years).
 */
public record CpdRecord(long personId, List<CompletionDetails> completions, List<CpdYear> years,
                        List<org.centrecpd.training.domain.PeriodOfCertification> certifications,
                        java.util.Set<Long> certificatesInForce, List<org.centrecpd.training.domain.EvidenceRow> evidence) {
}
