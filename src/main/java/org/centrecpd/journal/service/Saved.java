package org.centrecpd.journal.service;

import java.time.LocalDateTime;

/** An entry saved: its id (new on the first save), the version the next save must start from, and when. */
public record Saved(long id, long version, LocalDateTime at) {
}
