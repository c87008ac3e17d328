package org.centrecpd.security;

import jakarta.annotation.security.PermitAll;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.centrecpd.audit.AuditAction;
import org.centrecpd.audit.AuditEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Service;

/**
 * A person's signed-in sessions (another browser, a shared computer left signed in) and ending them.
 * Spring Security's {@link SessionRegistry} knows them: every sign-in registers its session, every request
 * refreshes its last activity, and a session ended here is refused at its next request
 * ({@code ConcurrentSessionFilter}) and sent to the sign-in page. Several sessions at once stay allowed.
 * <p>
 * The registry is each node's own memory: on a deployment of several nodes (sticky sessions) a person sees and
 * ends the sessions of the node serving them. A password change ends every other session on every node
 * ({@link SessionGuard}).
 */
@Service
public class SignedInSessions {

    private final SessionRegistry registry;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;

    SignedInSessions(SessionRegistry registry, CurrentUser currentUser, ApplicationEventPublisher events) {
        this.registry = registry;
        this.currentUser = currentUser;
        this.events = events;
    }

    /** The signed-in person's sessions, this one first, then the most recently used. */
    @PermitAll
    public List<Session> mine(String thisSessionId) {
        return sessions().stream()
            .map(s -> new Session(s.getSessionId(), s.getLastRequest().toInstant(), s.getSessionId().equals(thisSessionId)))
            .sorted(Comparator.comparing(Session::current).reversed().thenComparing(Session::lastActive, Comparator.reverseOrder()))
            .toList();
    }

    /** Ends one of the person's other sessions; someone else's, or this one, is not theirs to end here. */
    @PermitAll
    public boolean end(String sessionId, String thisSessionId) {
        if (sessionId.equals(thisSessionId)) {
            return false;
        }
        for (SessionInformation s : sessions()) {
            if (s.getSessionId().equals(sessionId)) {
                s.expireNow();
                String who = currentUser.require().username();
                events.publishEvent(new AuditEvent(AuditAction.SESSION_ENDED, who, "another signed-in session ended by its owner"));
                return true;
            }
        }
        return false;
    }

    private List<SessionInformation> sessions() {
        long account = currentUser.require().accountId();
        return registry.getAllPrincipals().stream()
            .filter(p -> p instanceof SignedInUser u && u.accountId() == account)
            .flatMap(p -> registry.getAllSessions(p, false).stream())
            .toList();
    }

    /**
     * @param current this browser's session
     * @param id      the session's id: passed back to end it, never shown
     */
    public record Session(String id, Instant lastActive, boolean current) {
    }
}
