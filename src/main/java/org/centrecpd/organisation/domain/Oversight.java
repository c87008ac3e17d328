package org.centrecpd.organisation.domain;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.centrecpd.base.VersionedEntity;
import org.centrecpd.base.Period;

/**
 * An improvement partner's remit: a whole local authority or one centre group, for a
 * {@link Period}. Which centres that covers is worked out on the day from the centres'
 * arrangements, so a regrouped centre moves into (or out of) a partner's view on the date it moves.
 */
@Entity
@Table(name = "oversight")
public class Oversight extends VersionedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id")
    private Person partner;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "local_authority_id")
    private LocalAuthority localAuthority;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "centre_group_id")
    private CentreGroup group;

    @Embedded
    private Period period;

    protected Oversight() {
    }

    public static Oversight ofAuthority(Person partner, LocalAuthority authority, Period period) {
        Oversight o = new Oversight();
        o.partner = partner;
        o.localAuthority = authority;
        o.period = period;
        return o;
    }

    public static Oversight ofGroup(Person partner, CentreGroup group, Period period) {
        Oversight o = new Oversight();
        o.partner = partner;
        o.group = group;
        o.period = period;
        return o;
    }

    public Person getPartner() { return partner; }
    public LocalAuthority getLocalAuthority() { return localAuthority; }
    public CentreGroup getGroup() { return group; }
    public Period getPeriod() { return period; }
}
