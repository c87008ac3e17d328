package org.centrecpd.training.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.centrecpd.courses.CorePurposeArea;

/**
 * External CPD as the practitioner records it: title, provider, date, hours, core-purpose areas, an optional journal
 * reflection (its id), and an optional certificate file.
 */
public record EvidenceForm(String title, String provider, LocalDate completedOn, BigDecimal cpdHours, Set<CorePurposeArea> areas,
                           Long journalEntryId, Upload certificate) {

    /** Largest certificate file taken: 10 MB (a scan or a PDF). */
    public static final int MAX_FILE_BYTES = 10 * 1024 * 1024;

    /** A certificate file as uploaded. */
    public record Upload(String name, String type, byte[] content) {
    }

    public EvidenceForm {
        areas = areas == null ? Set.of() : Set.copyOf(areas);
    }
}
