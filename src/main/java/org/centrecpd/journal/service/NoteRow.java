package org.centrecpd.journal.service;

import java.time.LocalDate;
import org.centrecpd.journal.domain.SupervisionNote;

/** Notes of one supervision meeting. */
public record NoteRow(long id, String managerName, LocalDate meetingDate, String notes, String agreedActions) {

    static NoteRow of(SupervisionNote n) {
        return new NoteRow(n.getId(), n.getManagerName(), n.getMeetingDate(), n.getNotes(), n.getAgreedActions());
    }
}
