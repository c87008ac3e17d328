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
 * A provider (lead agency) commissioned by a local authority to run centres: a voluntary-sector
 * charity, a school, a health trust or the council's own service.
 */
@Entity
@Table(name = "provider")
public class Provider {

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

    public Provider() {
    }

    public Provider(LocalAuthority localAuthority, String name) {
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
    public boolean equals(Object o) { return o instanceof Provider other && id != null && id.equals(other.id); }

    @Override
    public int hashCode() { return Provider.class.hashCode(); }
}
