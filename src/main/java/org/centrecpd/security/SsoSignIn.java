package org.centrecpd.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * Single sign-on with the organisation's OpenID Connect provider (Microsoft Entra ID, Google
 * Workspace...). The provider only says who someone is; what they may do still comes from this
 * product. A person signs in when the provider vouches for their e-mail address (the claim named by
 * {@code centrecpd.sso.verified-claim}, {@code email_verified} by default, is true) and that address is
 * the sign-in of an account here whose person has not left. Nobody gets an account by signing in:
 * an unknown address is refused with a message on the sign-in page.
 * <p>
 * Once signed in, the session holds the same {@link SignedInUser} as a password sign-in, so every
 * role and scope check works unchanged.
 */
class SsoSignIn implements OAuth2UserService<OidcUserRequest, OidcUser>, AuthenticationSuccessHandler, AuthenticationFailureHandler {

    /** The reasons the sign-in page explains (login.sso.*); anything else is "could not sign you in". */
    static final Set<String> EXPLAINED = Set.of("unverified", "unknown", "left");

    private final OidcUserService provider = new OidcUserService();
    private final AccountService accounts;
    private final String verifiedClaim;
    private final HttpSessionSecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

    SsoSignIn(AccountService accounts, String verifiedClaim) {
        this.accounts = accounts;
        this.verifiedClaim = verifiedClaim;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser user = provider.loadUser(request);
        Object verified = user.getClaims().get(verifiedClaim);
        String email = user.getEmail();
        if (email == null || !(Boolean.TRUE.equals(verified) || "true".equalsIgnoreCase(String.valueOf(verified)))) {
            throw refused("unverified");
        }
        SignedInUser known = accounts.forSingleSignOn(email.trim().toLowerCase(Locale.ROOT))
            .orElseThrow(() -> refused(accounts.knowsSignIn(email.trim().toLowerCase(Locale.ROOT)) ? "left" : "unknown"));
        return new DefaultOidcUser(List.copyOf(known.getAuthorities()), user.getIdToken(), user.getUserInfo(), "email");
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
        throws IOException {
        String email = ((OidcUser) authentication.getPrincipal()).getEmail().trim().toLowerCase(Locale.ROOT);
        SignedInUser user = accounts.forSingleSignOn(email).orElseThrow(() -> new IllegalStateException("Account gone during sign-in"));
        accounts.signedInWithSingleSignOn(user.accountId());
        var strategy = SecurityContextHolder.getContextHolderStrategy();
        SecurityContext context = strategy.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        strategy.setContext(context);
        sessions.saveContext(context, request, response);
        response.sendRedirect(request.getContextPath() + "/");
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
        throws IOException {
        String reason = exception instanceof OAuth2AuthenticationException oauth && EXPLAINED.contains(oauth.getError().getErrorCode())
            ? oauth.getError().getErrorCode() : "failed";
        response.sendRedirect(request.getContextPath() + "/login?sso=" + reason);
    }

    private static OAuth2AuthenticationException refused(String reason) {
        return new OAuth2AuthenticationException(new OAuth2Error(reason), reason);
    }
}
