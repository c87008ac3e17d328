package org.centrecpd.training.service;

import org.centrecpd.training.domain.CpdYear;
import org.centrecpd.training.domain.CompletionDetails;
import java.util.List;

/** A person's CPD record: completions (newest first) and hours per year. */
public record CpdRecord(long personId, List<CompletionDetails> completions, List<CpdYear> years) {
}
