package org.centrecpd.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.centrecpd.base.AbstractEntity;
import org.hibernate.annotations.Immutable;

/**
 * A group of centres by its name, published read-only for other modules' queries.
 * <p>
 * Read by training for the roll-up's group lines (see CentreCommission). It exists so that the roll-up names no internal entity of the organisation
 * (ModuleQueriesTest); names are changed only through the organisation's services.
 */
@Entity
@Immutable
@Table(name = "centre_group")
public class GroupName extends AbstractEntity {

    @Column(nullable = false)
    private String name;

    protected GroupName() {
    }

    public String getName() { return name; }
}
