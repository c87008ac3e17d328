package org.centrecpd.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.centrecpd.base.AbstractEntity;
import org.hibernate.annotations.Immutable;

/**
 * A person's name and e-mail address as the organisation records them, published read-only for other
 * modules' queries: a register, a matrix or a certificate shows the name, a mail goes to the address.
 * <p>
 * Read by training and workshops, always joined to rows they have already scoped (a person's assignments, a
 * session's bookings): it carries no scope of its own. It exists so that those queries need not name the
 * organisation's internal {@code Person} (ModuleQueriesTest); people are changed only through the
 * organisation's services.
 */
@Entity
@Immutable
@Table(name = "person")
public class StaffName extends AbstractEntity {

    @Column(name = "full_name", nullable = false)
    private String fullName;

    @Column(nullable = false)
    private String email;

    protected StaffName() {
    }

    public String getFullName() { return fullName; }
    public String getEmail() { return email; }
}
