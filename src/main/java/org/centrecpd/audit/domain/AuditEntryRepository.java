package org.centrecpd.audit.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.centrecpd.audit.AuditAction;
import org.centrecpd.audit.domain.AuditRow;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/**
 * The audit log's only door to the database: it can add an entry and read entries, nothing else
 * (a plain {@link Repository}, not a {@code JpaRepository}, so there is no delete to call).
 */
public interface AuditEntryRepository extends Repository<AuditEntry, Long> {

    AuditEntry save(AuditEntry entry);

    /**
     * Entries newest first, filtered in the database: a person (who did it, or whom it was done to),
     * the actions wanted, and {@code [from, to)}.
     */
    @Query("""
        select new org.centrecpd.audit.domain.AuditRow(a.id, a.occurredAt, a.actor, a.action, a.subject, a.detail)
        from AuditEntry a
        where (lower(a.actor) like :person escape '\\' or lower(a.subject) like :person escape '\\')
          and a.action in :actions and a.occurredAt >= :from and a.occurredAt < :to
        order by a.occurredAt desc, a.id desc""")
    List<AuditRow> find(@Param("person") String person, @Param("actions") Collection<AuditAction> actions,
                        @Param("from") Instant from, @Param("to") Instant to, Pageable page);

    @Query("""
        select count(a) from AuditEntry a
        where (lower(a.actor) like :person escape '\\' or lower(a.subject) like :person escape '\\')
          and a.action in :actions and a.occurredAt >= :from and a.occurredAt < :to""")
    long count(@Param("person") String person, @Param("actions") Collection<AuditAction> actions,
               @Param("from") Instant from, @Param("to") Instant to);
}
