package org.centrecpd.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.centrecpd.base.AbstractEntity;
import org.hibernate.annotations.Immutable;

/**
 * A sign-in by the name it shows (e.g. who made a workshop request), published read-only for other modules'
 * queries: only the display name, never the username, role, password hash or state of the account.
 * <p>
 * Read by workshops beside rows it has already scoped (a centre's requests). It exists so that those queries
 * join accounts in the database while knowing nothing else of {@link UserAccount}; accounts are changed only
 * through this module's services.
 */
@Entity
@Immutable
@Table(name = "user_account")
public class SignInName extends AbstractEntity {

    @Column(name = "display_name", nullable = false)
    private String displayName;

    protected SignInName() {
    }

    public String getDisplayName() { return displayName; }
}
