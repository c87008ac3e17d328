package org.centrecpd.base.privacy;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Which rows of a kind are due for removal: those of these people (leavers whose period has run out, or
 * the one person of an erasure), or those recorded before a day, except the rows about people under a
 * legal hold (ids, and their e-mail addresses for rows that name people by address, like the audit log).
 * {@code erasure} marks the one person of an erasure request: a dry run then counts every row of theirs a kind
 * holds (what goes, and what is kept), where the retention job's counts only the rows that would change.
 */
public record Due(List<Long> people, LocalDate recordedBefore, Set<Long> held, Set<String> heldEmails, boolean erasure) {

    public Due {
        people = people == null ? List.of() : List.copyOf(people);
        held = held == null ? Set.of() : Set.copyOf(held);
        heldEmails = heldEmails == null ? Set.of() : Set.copyOf(heldEmails);
    }

    public static Due people(Collection<Long> people) {
        return new Due(List.copyOf(people), null, Set.of(), Set.of(), false);
    }

    /** The one person of an erasure request. */
    public static Due erasureOf(long person) {
        return new Due(List.of(person), null, Set.of(), Set.of(), true);
    }

    public static Due recordedBefore(LocalDate day, Set<Long> held, Set<String> heldEmails) {
        return new Due(List.of(), day, held, heldEmails, false);
    }

    /** Asked about people (a leaver's period, an erasure) rather than by age. */
    public boolean byPeople() {
        return recordedBefore == null;
    }

    /** The held ids, never empty, for an SQL {@code not in (:held)} (no person has id -1). */
    public Set<Long> heldOrNone() {
        return held.isEmpty() ? Set.of(-1L) : held;
    }

    public Set<String> heldEmailsOrNone() {
        return heldEmails.isEmpty() ? Set.of("") : heldEmails;
    }
}
