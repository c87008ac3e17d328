package org.centrecpd.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Stands before the sign-in form's POST (after the CSRF check, before Spring Security reads the password):
 * a sign-in name longer than any e-mail address is refused here, before anything is looked up or stored; a
 * name or client that must still wait ({@link SignInThrottle}) is sent back to the sign-in page with the
 * wait in whole minutes, without its password being checked. Neither answer says whether the account
 * exists: both come to every name alike.
 * <p>
 * Built by {@link SecurityConfiguration} for the security filter chain only (not a bean).
 */
class SignInDoor extends OncePerRequestFilter {

    private final SignInThrottle throttle;

    SignInDoor(SignInThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || !"/login".equals(request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
        String username = request.getParameter("username");
        String client = request.getRemoteAddr();
        // A client that must wait is sent back before anything else is read or counted, so waiting attempts
        // cost one look-up and add nothing (no count, no audit line).
        Duration wait = throttle.clientWait(client);
        if (wait.isZero() && SignInThrottle.tooLong(username)) {
            // Counted against the client (one short key), so that sending these is not free either.
            throttle.failed(null, client);
            response.sendRedirect(request.getContextPath() + "/login?error");
            return;
        }
        if (wait.isZero()) {
            wait = throttle.waitFor(username, null);
        }
        if (!wait.isZero()) {
            response.sendRedirect(request.getContextPath() + "/login?error&wait=" + SignInThrottle.minutes(wait));
            return;
        }
        chain.doFilter(request, response);
    }
}
