package org.centrecpd.privacy.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.centrecpd.base.VersionedEntity;

/** Who is the data controller for an authority's staff records, and how to reach its data protection officer. */
@Entity
@Table(name = "privacy_contact")
public class PrivacyContact extends VersionedEntity {

    @Column(name = "local_authority_id", nullable = false)
    private long authorityId;

    @Column(nullable = false)
    private String controller;

    @Column(name = "dpo_contact", nullable = false)
    private String dpoContact;

    protected PrivacyContact() {
    }

    public PrivacyContact(long authorityId, String controller, String dpoContact) {
        this.authorityId = authorityId;
        this.controller = controller;
        this.dpoContact = dpoContact;
    }

    public long getAuthorityId() { return authorityId; }
    public String getController() { return controller; }
    public String getDpoContact() { return dpoContact; }

    public void change(String controller, String dpoContact) {
        this.controller = controller;
        this.dpoContact = dpoContact;
    }
}
