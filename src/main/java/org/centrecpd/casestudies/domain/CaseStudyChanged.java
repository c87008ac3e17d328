package org.centrecpd.casestudies.domain;

/**
 * Something search shows of a case study has changed: its text, tags, review state or audience, or one of
 * its documents was read, failed or was taken off. Published inside the transaction that makes the change;
 * the search index is written from the database once that transaction has committed.
 */
public record CaseStudyChanged(long caseStudyId) {
}
