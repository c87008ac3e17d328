package org.centrecpd.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.centrecpd.base.AbstractEntity;
import org.hibernate.annotations.Immutable;

/**
 * A centre by its name and its local authority ({@link AuthorityName}), published read-only for other
 * modules' queries: a session, a request or a roll-up line shows where it is.
 * <p>
 * Read by training (the roll-up, where a person worked) and workshops (sessions, venues, requests, the
 * centre picker, with {@code CentreScope.COVERS…COVERS_END} on the id). It exists so that those queries need
 * not name the organisation's internal {@code Centre} (ModuleQueriesTest). Its provider and group are dated:
 * see {@link CentreCommission}.
 */
@Entity
@Immutable
@Table(name = "centre")
public class CentreName extends AbstractEntity {

    @Column(nullable = false)
    private String name;

    @Column(name = "local_authority_id", nullable = false)
    private long localAuthorityId;

    private String address;

    private String postcode;

    protected CentreName() {
    }

    public String getName() { return name; }
    public long getLocalAuthorityId() { return localAuthorityId; }

    /** Its street address and postcode on one line ("12 Mill Lane, Ashbrook AB1 2CD"); empty when it has neither. */
    public String getPostalAddress() {
        return java.util.stream.Stream.of(address, postcode).filter(p -> p != null && !p.isBlank()).map(String::strip)
            .collect(java.util.stream.Collectors.joining(", "));
    }
}
