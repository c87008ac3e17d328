package org.centrecpd.organisation.importing;

/** What an import wrote, in one transaction. */
public record ImportResult(long created, long changed, long ended) {
}
