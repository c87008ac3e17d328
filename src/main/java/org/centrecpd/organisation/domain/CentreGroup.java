package org.centrecpd.organisation.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A group of centres that share a manager, data and services (locally often two to four centres).
 * Which centres belong to a group changes over time: see {@link CentreArrangement}.
 */
@Entity
@Table(name = "centre_group")
public class CentreGroup extends WithinAuthority {

    public CentreGroup() {
    }

    public CentreGroup(LocalAuthority localAuthority, String name) {
        super(localAuthority, name);
    }
}
