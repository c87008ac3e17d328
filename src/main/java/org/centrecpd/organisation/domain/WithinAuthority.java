package org.centrecpd.organisation.domain;

import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.centrecpd.base.VersionedEntity;

/**
 * Something that belongs to one local authority and is known there by its name: a provider (lead
 * agency) or a group of centres. Both have exactly this shape, and the admin screens edit both
 * the same way.
 */
@MappedSuperclass
public abstract class WithinAuthority extends VersionedEntity {

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "local_authority_id")
    private LocalAuthority localAuthority;

    @NotBlank
    @Size(max = 200)
    private String name;

    protected WithinAuthority() {
    }

    protected WithinAuthority(LocalAuthority localAuthority, String name) {
        this.localAuthority = localAuthority;
        this.name = name;
    }

    public LocalAuthority getLocalAuthority() { return localAuthority; }
    public void setLocalAuthority(LocalAuthority localAuthority) { this.localAuthority = localAuthority; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }

    @Override
    public String toString() { return name; }
}
