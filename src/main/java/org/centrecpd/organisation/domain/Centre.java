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
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A children's centre. Its provider and group are not fields here: they are effective-dated
 * {@link CentreArrangement}s, because recommissioning moves centres between providers and groups
 * while the centre, its staff and their records stay.
 */
@Entity
@Table(name = "centre")
public class Centre {

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

    @Size(max = 300)
    private String address;

    @Size(max = 10)
    @Pattern(regexp = "^$|^[A-Za-z]{1,2}[0-9][0-9A-Za-z]? ?[0-9][A-Za-z]{2}$", message = "{centre.postcode.invalid}")
    private String postcode;

    @Version
    private long version;

    public Centre() {
    }

    public Centre(LocalAuthority localAuthority, String name) {
        this.localAuthority = localAuthority;
        this.name = name;
    }

    public Long getId() { return id; }
    public LocalAuthority getLocalAuthority() { return localAuthority; }
    public void setLocalAuthority(LocalAuthority localAuthority) { this.localAuthority = localAuthority; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public String getPostcode() { return postcode; }
    public void setPostcode(String postcode) { this.postcode = postcode; }
    public long getVersion() { return version; }

    @Override
    public String toString() { return name; }

    @Override
    public boolean equals(Object o) { return o instanceof Centre other && id != null && id.equals(other.id); }

    @Override
    public int hashCode() { return Centre.class.hashCode(); }
}
