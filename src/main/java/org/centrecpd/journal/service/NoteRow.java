package org.centrecpd.journal.service;

import java.time.LocalDate;

/** Notes of one supervision meeting. */
public record NoteRow(long id, String managerName, LocalDate meetingDate, String notes, String agreedActions) {
}
