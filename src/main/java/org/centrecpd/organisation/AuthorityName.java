package org.centrecpd.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.centrecpd.base.AbstractEntity;
import org.hibernate.annotations.Immutable;

/**
 * A local authority by its name, published read-only for other modules' queries.
 * <p>
 * Read by training for the top level of the roll-up. It exists so that the roll-up names no internal entity of the organisation
 * (ModuleQueriesTest); names are changed only through the organisation's services.
 */
@Entity
@Immutable
@Table(name = "local_authority")
public class AuthorityName extends AbstractEntity {

    @Column(nullable = false)
    private String name;

    protected AuthorityName() {
    }

    public String getName() { return name; }
}
