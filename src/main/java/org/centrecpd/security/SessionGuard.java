package org.centrecpd.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a signed-in session on its next request once the person may no longer sign in: they left (no
 * current job), the account was disabled or removed, or the password was changed since the session
 * began. Checked on every request, not at intervals, so a leaver's access ends at once: one small
 * query by primary key per request. The request then goes on signed out: a page load goes to the
 * sign-in page, and Vaadin's own requests find no session and reload into it.
 * <p>
 * Built by {@link SecurityConfiguration} for the security filter chain only (not a bean, so the
 * servlet container does not run it a second time outside the chain).
 */
class SessionGuard extends OncePerRequestFilter {

    private final AccountService accounts;

    SessionGuard(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
        var strategy = SecurityContextHolder.getContextHolderStrategy();
        Authentication auth = strategy.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof SignedInUser user && !accounts.sessionStillValid(user)) {
            accounts.sessionEnded(user);
            strategy.clearContext();
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
        }
        chain.doFilter(request, response);
    }
}
