package org.centrecpd.organisation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.centrecpd.base.VersionedEntity;

/**
 * A children's centre. Its provider and group are not fields here: they are effective-dated
 * {@link CentreArrangement}s, because recommissioning moves centres between providers and groups
 * while the centre, its staff and their records stay.
 */
@Entity
@Table(name = "centre")
public class Centre extends VersionedEntity {

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "local_authority_id")
    private LocalAuthority localAuthority;

    @NotBlank
    @Size(max = 200)
    private String name;

    @Size(max = 300)
    private String address;

    /**
     * The shape of a UK postcode (outward code, optional space, inward code), or nothing: the one rule for the
     * form, the organisation import and this constraint.
     */
    public static final String POSTCODE = "^$|^[A-Za-z]{1,2}[0-9][0-9A-Za-z]? ?[0-9][A-Za-z]{2}$";

    @Size(max = 10)
    @Pattern(regexp = POSTCODE, message = "{centre.postcode.invalid}")
    private String postcode;

    /**
     * A stable reference the authority uses for the centre (an Ofsted URN where there is one): a
     * re-imported spreadsheet finds the centre by it even after a rename. Unique within an authority.
     */
    @Size(max = 40)
    private String reference;

    /** Kept by the database (lower-case copy of the name) so that name searches can use an index. */
    @Column(name = "name_lower", insertable = false, updatable = false)
    private String nameLower;

    public Centre() {
    }

    public Centre(LocalAuthority localAuthority, String name) {
        this.localAuthority = localAuthority;
        this.name = name;
    }

    public LocalAuthority getLocalAuthority() { return localAuthority; }
    public void setLocalAuthority(LocalAuthority localAuthority) { this.localAuthority = localAuthority; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public String getPostcode() { return postcode; }
    public void setPostcode(String postcode) { this.postcode = postcode; }
    public String getReference() { return reference; }
    public void setReference(String reference) { this.reference = reference == null || reference.isBlank() ? null : reference.strip(); }

    @Override
    public String toString() { return name; }
}
