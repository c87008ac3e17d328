package org.centrecpd.training.service;

import java.util.List;

/** A person's CPD record: completions (newest first) and hours per year. */
public record CpdRecord(long personId, List<CompletionDetails> completions, List<CpdYear> years) {
}
