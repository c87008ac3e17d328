package org.centrecpd.casestudies.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

/**
 * Where a case study's practice happened, in the organisation's words as at that time: the local
 * authority and the provider that ran the centre then (a later recommissioning does not rewrite it).
 */
@Embeddable
public class Place {

    @KeywordField(aggregable = Aggregable.YES, projectable = org.hibernate.search.engine.backend.types.Projectable.YES)
    @Column(name = "local_authority", nullable = false)
    private String localAuthority;

    @KeywordField(aggregable = Aggregable.YES)
    @Column(name = "provider")
    private String provider;

    protected Place() {
    }

    public Place(String localAuthority, String provider) {
        this.localAuthority = localAuthority;
        this.provider = provider;
    }

    public String getLocalAuthority() { return localAuthority; }
    public String getProvider() { return provider; }
}
