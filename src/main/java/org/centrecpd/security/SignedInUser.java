package org.centrecpd.security;

import java.util.Collection;
import java.util.List;
import org.centrecpd.base.DisplayNamed;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The principal kept in the security context: who signed in, in which role, as which person. */
public record SignedInUser(long accountId, String username, String passwordHash, Role role, Long personId,
                           String displayName, boolean enabled) implements UserDetails, DisplayNamed {

    /**
     * @param enabled false when the account may not sign in (disabled, no password yet, person left)
     */
    static SignedInUser of(UserAccount account, boolean enabled) {
        return new SignedInUser(account.getId(), account.getUsername(), account.getPasswordHash(), account.getRole(),
            account.getPersonId(), account.getDisplayName(), enabled);
    }

    /** Never locked: guessing is slowed down instead ({@link SignInThrottle}), so nobody can lock a colleague out. */
    @Override
    public boolean isAccountNonLocked() {
        return true;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public String roleKey() {
        return "role." + role.name();
    }

    /** Never let the hash reach logs. */
    @Override
    public String toString() {
        return "SignedInUser[" + username + ", " + role + "]";
    }
}
