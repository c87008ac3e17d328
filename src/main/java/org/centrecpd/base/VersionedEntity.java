package org.centrecpd.base;

import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/** An entity that people edit: a save made from a stale copy is refused (someone else saved it in between). */
@MappedSuperclass
public abstract class VersionedEntity extends AbstractEntity {

    @Version
    private long version;

    public long getVersion() {
        return version;
    }
}
