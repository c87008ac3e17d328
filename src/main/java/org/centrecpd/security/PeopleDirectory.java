package org.centrecpd.security;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;

/**
 * What sign-in needs to know about people, answered by the organisation module (which knows people,
 * jobs and scope; this module does not, and must not depend on it). The lists are for the signed-in
 * user's scope, decided by the organisation's {@code AccessScope}.
 */
public interface PeopleDirectory {

    /**
     * May this person sign in today? No once they have left: they have had a job (or an improvement
     * partner's remit) and none is current or still to start. A person with no job history at all (a
     * new record, a partner without remit yet) is not a leaver.
     */
    boolean mayStillSignIn(long personId);

    /** A person the signed-in user may invite: in their scope and working there today; empty otherwise. */
    Optional<Invitee> invitee(long personId);

    /** People in the signed-in user's scope, working there today, who have no sign-in yet. */
    List<Invitee> withoutSignIn(String filter, Pageable page);

    long countWithoutSignIn(String filter);

    /** People in the signed-in user's scope invited and not yet accepted (no password set). */
    List<PendingInvitation> notAccepted(String filter, Pageable page);

    long countNotAccepted(String filter);

    /** A person who could be invited, with the sign-in role their job suggests. */
    record Invitee(long personId, String fullName, String email, Role role, String centre) {
    }

    /** An invitation waiting for its person: when it was last sent. */
    record PendingInvitation(long personId, String fullName, String email, Instant invitedAt) {
    }
}
