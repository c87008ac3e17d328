package org.centrecpd.organisation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * An improvement partner's remit: a whole local authority or one centre group. Which centres that
 * covers is worked out on the day from the centres' arrangements, so a regrouped centre moves
 * into (or out of) a partner's view on the date it moves.
 */
@Entity
@Table(name = "oversight")
public class Oversight {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id")
    private Person partner;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "local_authority_id")
    private LocalAuthority localAuthority;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "centre_group_id")
    private CentreGroup group;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    protected Oversight() {
    }

    public static Oversight ofAuthority(Person partner, LocalAuthority authority, LocalDate from) {
        Oversight o = new Oversight();
        o.partner = partner;
        o.localAuthority = authority;
        o.validFrom = from;
        return o;
    }

    public static Oversight ofGroup(Person partner, CentreGroup group, LocalDate from) {
        Oversight o = new Oversight();
        o.partner = partner;
        o.group = group;
        o.validFrom = from;
        return o;
    }

    public Long getId() { return id; }
    public Person getPartner() { return partner; }
    public LocalAuthority getLocalAuthority() { return localAuthority; }
    public CentreGroup getGroup() { return group; }
    public LocalDate getValidFrom() { return validFrom; }
    public LocalDate getValidTo() { return validTo; }
}
