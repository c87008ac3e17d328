package org.centrecpd.organisation.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.centrecpd.base.VersionedEntity;

/** A council that commissions children's centre services in its area. */
@Entity
@Table(name = "local_authority")
public class LocalAuthority extends VersionedEntity {

    @NotBlank
    @Size(max = 200)
    private String name;

    public LocalAuthority() {
    }

    public LocalAuthority(String name) {
        this.name = name;
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }

    @Override
    public String toString() { return name; }
}
