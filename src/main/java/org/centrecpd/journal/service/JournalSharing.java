package org.centrecpd.journal.service;

import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import org.centrecpd.base.RuleViolation;
import org.centrecpd.journal.domain.JournalEntry;
import org.centrecpd.journal.domain.JournalShare;
import org.centrecpd.journal.domain.JournalShareRepository;
import org.centrecpd.organisation.service.AccessScope;
import org.centrecpd.organisation.PersonName;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sharing my entries with a line manager for supervision, and stopping. An entry is private until
 * its author shares it with a named manager; who may then read it, and for how long, is
 * {@link JournalPolicy}'s to say.
 */
@Service
@Transactional(readOnly = true)
public class JournalSharing {

    private final JournalShareRepository shares;
    private final JournalPolicy policy;
    private final AccessScope scope;
    private final Clock clock;

    JournalSharing(JournalShareRepository shares, JournalPolicy policy, AccessScope scope, Clock clock) {
        this.shares = shares;
        this.policy = policy;
        this.scope = scope;
        this.clock = clock;
    }

    /** My line managers today: who I can share with. */
    @PermitAll
    public List<PersonName> myLineManagers() {
        return scope.myLineManagers();
    }

    /**
     * Who I can share with and why: each line manager with the centres where they manage me ("centre manager at
     * Ashbrook"), so that a name on a share button is never a stranger's.
     */
    @PermitAll
    public List<ShareTarget> shareTargets() {
        java.util.Map<Long, ShareTarget> byPerson = new java.util.LinkedHashMap<>();
        for (org.centrecpd.organisation.LineManager m : scope.myLineManagersAndWhere()) {
            byPerson.merge(m.personId(), new ShareTarget(m.personId(), m.fullName(), List.of(m.centreName())),
                (a, b) -> new ShareTarget(a.personId(), a.fullName(),
                    java.util.stream.Stream.concat(a.centres().stream(), b.centres().stream()).toList()));
        }
        return List.copyOf(byPerson.values());
    }

    /** A line manager I may share with, and the centres where they manage me. */
    public record ShareTarget(long personId, String fullName, List<String> centres) {
    }

    /**
     * Shares entries of mine with one of my line managers today (one entry, or a set "for my next
     * supervision"). Drafts cannot be shared: the manager reads what the author has finished.
     */
    @Transactional
    @PermitAll
    public void share(Collection<Long> entryIds, long managerId) {
        PersonName manager = policy.myLineManager(managerId);
        LocalDateTime now = LocalDateTime.now(clock);
        for (long id : entryIds) {
            JournalEntry entry = policy.myEntry(id);
            if (entry.isDraft()) {
                throw new RuleViolation("journal.share.draft");
            }
            if (shares.findByEntryIdAndManagerId(id, managerId).isEmpty()) {
                shares.save(new JournalShare(id, managerId, manager.fullName(), now));
            }
        }
    }

    /** Stops sharing one of my entries with a manager: from now on they cannot open it. */
    @Transactional
    @PermitAll
    public void unshare(long entryId, long managerId) {
        policy.myEntry(entryId);
        shares.unshare(entryId, managerId);
    }
}
