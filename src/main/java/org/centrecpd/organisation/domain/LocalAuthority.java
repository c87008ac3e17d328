package org.centrecpd.organisation.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A council that commissions children's centre services in its area. */
@Entity
@Table(name = "local_authority")
public class LocalAuthority {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotBlank
    @Size(max = 200)
    private String name;

    @Version
    private long version;

    public LocalAuthority() {
    }

    public LocalAuthority(String name) {
        this.name = name;
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public long getVersion() { return version; }

    @Override
    public String toString() { return name; }

    @Override
    public boolean equals(Object o) { return o instanceof LocalAuthority other && id != null && id.equals(other.id); }

    @Override
    public int hashCode() { return LocalAuthority.class.hashCode(); }
}
