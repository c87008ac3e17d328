package org.centrecpd.privacy.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.centrecpd.base.VersionedEntity;

/** An authority's own retention period for a kind of data, in months (instead of the kind's default). */
@Entity
@Table(name = "retention_rule")
public class RetentionRule extends VersionedEntity {

    @Column(name = "local_authority_id", nullable = false)
    private long authorityId;

    @Column(name = "kind_key", nullable = false)
    private String kindKey;

    @Column(nullable = false)
    private int months;

    protected RetentionRule() {
    }

    public RetentionRule(long authorityId, String kindKey, int months) {
        this.authorityId = authorityId;
        this.kindKey = kindKey;
        this.months = months;
    }

    public long getAuthorityId() { return authorityId; }
    public String getKindKey() { return kindKey; }
    public int getMonths() { return months; }
    public void setMonths(int months) { this.months = months; }
}
