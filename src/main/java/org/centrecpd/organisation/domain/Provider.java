package org.centrecpd.organisation.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A provider (lead agency) commissioned by a local authority to run centres: a voluntary-sector
 * charity, a school, a health trust or the council's own service.
 */
@Entity
@Table(name = "provider")
public class Provider extends WithinAuthority {

    public Provider() {
    }

    public Provider(LocalAuthority localAuthority, String name) {
        super(localAuthority, name);
    }
}
