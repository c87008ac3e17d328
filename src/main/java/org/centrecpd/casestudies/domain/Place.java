package org.centrecpd.casestudies.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

/**
 * Where a case study's practice happened, in the organisation's words as at that time: the local
 * authority, the provider that ran the centre then and the group it belonged to (a later
 * recommissioning or regrouping does not rewrite it).
 */
@Embeddable
public class Place {

    @KeywordField(aggregable = Aggregable.YES, projectable = org.hibernate.search.engine.backend.types.Projectable.YES)
    @Column(name = "local_authority", nullable = false)
    private String localAuthority;

    @KeywordField(aggregable = Aggregable.YES)
    @Column(name = "provider")
    private String provider;

    @KeywordField(aggregable = Aggregable.YES)
    @Column(name = "centre_group")
    private String group;

    protected Place() {
    }

    public Place(String localAuthority, String provider, String group) {
        this.localAuthority = localAuthority;
        this.provider = provider;
        this.group = group;
    }

    public String getLocalAuthority() { return localAuthority; }
    public String getProvider() { return provider; }
    public String getGroup() { return group; }

    /** In words, most local first: "Northfield group, Brightstart Trust, Ashford County Council". */
    public String describe() {
        return java.util.stream.Stream.of(group, provider, localAuthority).filter(java.util.Objects::nonNull)
            .collect(java.util.stream.Collectors.joining(", "));
    }
}
