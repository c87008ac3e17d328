package org.centrecpd.security;

import java.util.Optional;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The one way services learn who is asking. */
@Component
public class CurrentUser {

    public Optional<SignedInUser> find() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof SignedInUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    public SignedInUser require() {
        return find().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("Not signed in"));
    }
}
