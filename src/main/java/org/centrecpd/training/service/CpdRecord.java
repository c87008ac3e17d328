package org.centrecpd.training.service;

import org.centrecpd.training.domain.CpdYear;
import org.centrecpd.training.domain.CompletionDetails;
import java.util.List;

/** A person's CPD record: completions (newest first), hours per year, and every certification period they held. */
public record CpdRecord(long personId, List<CompletionDetails> completions, List<CpdYear> years,
                        List<org.centrecpd.training.domain.PeriodOfCertification> certifications) {
}
