package org.centrecpd.organisation.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A group of centres that share a manager, data and services (locally often two to four centres).
 * Which centres belong to a group changes over time: see {@link CentreArrangement}.
 */
@Entity
@Table(name = "centre_group")
public class CentreGroup {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "local_authority_id")
    private LocalAuthority localAuthority;

    @NotBlank
    @Size(max = 200)
    private String name;

    @Version
    private long version;

    public CentreGroup() {
    }

    public CentreGroup(LocalAuthority localAuthority, String name) {
        this.localAuthority = localAuthority;
        this.name = name;
    }

    public Long getId() { return id; }
    public LocalAuthority getLocalAuthority() { return localAuthority; }
    public void setLocalAuthority(LocalAuthority localAuthority) { this.localAuthority = localAuthority; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public long getVersion() { return version; }

    @Override
    public String toString() { return name; }

    @Override
    public boolean equals(Object o) { return o instanceof CentreGroup other && id != null && id.equals(other.id); }

    @Override
    public int hashCode() { return CentreGroup.class.hashCode(); }
}
