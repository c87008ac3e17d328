package org.centrecpd.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.centrecpd.base.AbstractEntity;
import org.centrecpd.base.Period;
import org.hibernate.annotations.Immutable;

/**
 * Who ran a centre ({@link ProviderName}) and in which group ({@link GroupName}, none if ungrouped) for a
 * {@link Period}: the centre's commissioning history, published read-only for other modules' queries. "The
 * centre's provider and group on a day" is a left join on {@code in_force(cc.period.validFrom,
 * cc.period.validTo, :day)}, so that an "as at" report counts each centre under what it was then.
 * <p>
 * Read by training's roll-up. It exists so that the roll-up joins the history in the database without naming
 * the organisation's internal {@code CentreArrangement} (ModuleQueriesTest); recommissioning is the
 * organisation's alone.
 */
@Entity
@Immutable
@Table(name = "centre_arrangement")
public class CentreCommission extends AbstractEntity {

    @Column(name = "centre_id", nullable = false)
    private long centreId;

    @Column(name = "provider_id", nullable = false)
    private long providerId;

    @Column(name = "centre_group_id")
    private Long groupId;

    @Embedded
    private Period period;

    protected CentreCommission() {
    }

    public long getCentreId() { return centreId; }
    public long getProviderId() { return providerId; }
    public Long getGroupId() { return groupId; }
    public Period getPeriod() { return period; }
}
