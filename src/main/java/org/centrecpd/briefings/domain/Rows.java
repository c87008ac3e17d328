package org.centrecpd.briefings.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.centrecpd.briefings.BriefingKind;
import org.centrecpd.briefings.BriefingStatus;

/** The rows briefings' queries return. */
public final class Rows {

    private Rows() {
    }

    /** A briefing as a recipient lists it: when I read it (null: unread), the revision I read, done. */
    public record MyBriefing(long id, String reference, String title, LocalDate publicationDate, BriefingKind kind, LocalDate actionDue,
                             BriefingStatus status, int revision, LocalDateTime readAt, Integer readRevision, LocalDateTime doneAt) {

        public boolean isUnread() {
            return readAt == null;
        }

        /** Read, but changed since. */
        public boolean isRevisedSinceRead() {
            return readAt != null && readRevision != null && readRevision < revision;
        }
    }

    /** A briefing as its author or a partner lists it, with how many people it reached and how many read it. */
    public record BriefingLine(long id, String authority, String reference, String title, LocalDate publicationDate, BriefingKind kind,
                               BriefingStatus status, int revision, long recipients, long read) {
    }

    /** Read and done counts at one centre (under the provider and group it had on the publication date). */
    public record CentreCount(long centreId, String centre, String provider, String group, long recipients, long read, long done) {
    }

    /** Someone who has not read a briefing yet, at a centre. */
    public record Unread(long personId, String name, String email, String centre) {
    }

    /** A person to write to, by name and address. */
    public record Addressee(long personId, String name, String email) {
    }

    /** A place or person to choose. */
    public record Choice(long id, String name) {
    }
}
