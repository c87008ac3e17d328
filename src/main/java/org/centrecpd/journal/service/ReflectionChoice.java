package org.centrecpd.journal.service;

import java.time.LocalDateTime;

/**
 * One of my journal entries as another screen offers it for linking (external CPD evidence links the
 * reflection on it): its id, its title (or a course answer's question) and when it was written.
 */
public record ReflectionChoice(long id, String title, LocalDateTime createdAt) {
}
