package org.centrecpd.journal.service;

import org.centrecpd.base.NotFoundException;
import org.centrecpd.base.RuleViolation;
import org.centrecpd.journal.domain.JournalEntry;
import org.centrecpd.journal.domain.JournalEntryRepository;
import org.centrecpd.journal.domain.JournalShareRepository;
import org.centrecpd.organisation.service.AccessScope;
import org.centrecpd.organisation.PersonName;
import org.springframework.stereotype.Component;

/**
 * Who may act on a journal, in one place. The journal is private: whose journal it is comes from
 * AccessScope (always the signed-in person, never a parameter), and an entry that is not mine
 * answers "not found". A manager reads an entry only when both hold, on every read: its author
 * shared it with this manager (the person, not the role), and the manager line-manages the author
 * today. So unsharing ends access at once, and after a move neither the old manager nor the new one
 * sees anything until the author shares again. Being a manager is a fact of today's employment (a
 * job role at a centre), not a sign-in role; to anyone who manages nobody today, supervision is "not
 * found", exactly like an id that does not exist.
 */
@Component
class JournalPolicy {

    private final JournalEntryRepository entries;
    private final JournalShareRepository shares;
    private final AccessScope scope;

    JournalPolicy(JournalEntryRepository entries, JournalShareRepository shares, AccessScope scope) {
        this.entries = entries;
        this.shares = shares;
        this.scope = scope;
    }

    /** Whose journal: always the signed-in person's. A sign-in without a person record (a first admin) has none. */
    long me() {
        return scope.requireSelf("journal.noPerson");
    }

    /** One of my entries by id; anyone else's (or any id, for a sign-in without a journal) is "not found". */
    JournalEntry myEntry(long id) {
        return scope.self().flatMap(me -> entries.findByIdAndPersonId(id, me))
            .orElseThrow(() -> new NotFoundException("Journal entry " + id));
    }

    /** Whom I may share with: one of my line managers today, and nobody else. */
    PersonName myLineManager(long managerId) {
        return scope.myLineManagers().stream().filter(m -> m.personId() == managerId).findFirst()
            .orElseThrow(() -> new RuleViolation("journal.share.notYourManager"));
    }

    /** May the signed-in person use supervision: do they line-manage anyone today? */
    boolean managesAnyoneToday() {
        return scope.isLineManagerToday();
    }

    void requireManager() {
        if (!managesAnyoneToday()) {
            throw new NotFoundException("Supervision");
        }
    }

    /** An entry I may read as a manager: finished, shared with me, and its author my staff today. */
    JournalEntry sharedWithMe(long entryId) {
        requireManager();
        long me = scope.self().orElseThrow(() -> new NotFoundException("Journal entry " + entryId));
        return entries.findById(entryId)
            .filter(e -> !e.isDraft())
            .filter(e -> shares.findByEntryIdAndManagerId(entryId, me).isPresent())
            .filter(e -> scope.isMyStaffToday(e.getPersonId()))
            .orElseThrow(() -> new NotFoundException("Journal entry " + entryId));
    }

    /** A member of my staff today, by id; anyone else is "not found". */
    StaffSharing myStaff(long staffId) {
        requireManager();
        return scope.myStaffToday().stream().filter(p -> p.personId() == staffId).findFirst()
            .map(p -> new StaffSharing(p.personId(), p.fullName()))
            .orElseThrow(() -> new NotFoundException("Person " + staffId));
    }
}
