package org.centrecpd.organisation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import org.centrecpd.base.Period;
import org.hibernate.annotations.Immutable;

/**
 * A row of the {@code centre_access} view (migration V3): a sign-in may see a centre during a
 * period, and why (admin, employment, authority or group oversight). Read-only; queries use it
 * only inside the subquery that {@code AccessScope}'s scope stands for, never to load rows.
 */
@Entity
@Immutable
@Table(name = "centre_access")
@IdClass(CentreAccess.Key.class)
public class CentreAccess {

    @Id
    @Column(name = "account_id")
    private long accountId;

    @Id
    @Column(name = "centre_id")
    private long centreId;

    @Id
    private String via;

    @Embedded
    private Period period;

    protected CentreAccess() {
    }

    public long getAccountId() { return accountId; }
    public long getCentreId() { return centreId; }
    public String getVia() { return via; }
    public Period getPeriod() { return period; }

    public record Key(long accountId, long centreId, String via) implements Serializable {
    }
}
