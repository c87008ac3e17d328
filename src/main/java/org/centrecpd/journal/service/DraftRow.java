package org.centrecpd.journal.service;

import java.time.LocalDateTime;

/** An unfinished draft, offered back when its author returns. */
public record DraftRow(long id, String title, LocalDateTime updatedAt) {
}
