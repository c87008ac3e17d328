package org.centrecpd.base;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import org.hibernate.proxy.HibernateProxy;

/**
 * Id and identity for every entity with a generated id. Two instances are the same record when they have
 * the same id (and class, seen through Hibernate's lazy proxies); a new record equals only itself. The hash
 * code is constant per class so that a record keeps its place in a set when it gets its id on save.
 * Records that people edit extend {@link VersionedEntity}, which adds optimistic locking; records written
 * once (an audit entry, a completion, a link) extend this directly.
 */
@MappedSuperclass
public abstract class AbstractEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    public Long getId() {
        return id;
    }

    @Override
    public final boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof AbstractEntity other) || id == null) {
            return false;
        }
        return entityClass(this) == entityClass(other) && id.equals(other.getId());
    }

    @Override
    public final int hashCode() {
        return entityClass(this).hashCode();
    }

    private static Class<?> entityClass(Object o) {
        return o instanceof HibernateProxy proxy ? proxy.getHibernateLazyInitializer().getPersistentClass() : o.getClass();
    }
}
