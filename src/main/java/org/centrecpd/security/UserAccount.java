package org.centrecpd.security;

import org.centrecpd.base.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A sign-in. It points at the person it belongs to by id only: the person's employment and
 * history live in the organisation, which this module does not know.
 * <p>
 * An invited account has no password hash until its owner sets a password through the invitation's
 * link; until then no password signs in with it.
 */
@Entity
@Table(name = "user_account")
public class UserAccount extends VersionedEntity {


    @Column(nullable = false, unique = true)
    private String username;

    @Column(name = "password_hash")
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role;

    @Column(name = "person_id")
    private Long personId;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    private boolean enabled = true;

    /** When the latest invitation went, while it is not yet accepted (null once a password is set). */
    @Column(name = "invited_at")
    private Instant invitedAt;


    protected UserAccount() {
    }

    public UserAccount(String username, String passwordHash, Role role, Long personId, String displayName) {
        this.username = username.toLowerCase(java.util.Locale.ROOT);
        this.passwordHash = passwordHash;
        this.role = role;
        this.personId = personId;
        this.displayName = displayName;
    }

    public String getUsername() { return username; }
    public String getPasswordHash() { return passwordHash; }
    public Role getRole() { return role; }
    public Long getPersonId() { return personId; }
    public String getDisplayName() { return displayName; }
    public boolean isEnabled() { return enabled; }
    public Instant getInvitedAt() { return invitedAt; }

    /** True while the account waits for its owner to accept the invitation (no password yet). */
    public boolean isAwaitingPassword() {
        return passwordHash == null;
    }

    /** Package-private: only {@link AccountService#changeRole}, which writes the audit line, changes a role. */
    void changeRole(Role newRole) {
        this.role = newRole;
    }

    void invitedAt(Instant when) {
        this.invitedAt = when;
    }

    void changePassword(String newHash) {
        this.passwordHash = newHash;
        this.invitedAt = null;
    }
}
