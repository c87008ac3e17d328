package org.centrecpd.briefings.domain;

import java.time.LocalDate;

/** Resolving a briefing's audience into people, as at a day (see {@link AudienceResolutionImpl}). */
public interface AudienceResolution {

    /** Stores the recipients as at {@code day}, in one statement whatever their number; how many rows. */
    int resolve(long briefingId, LocalDate day);

    /** How many people the audience reaches as at {@code day} (the preview before publishing). */
    long preview(long briefingId, LocalDate day);
}
