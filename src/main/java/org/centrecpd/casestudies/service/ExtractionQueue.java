package org.centrecpd.casestudies.service;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The documents waiting to be read, as rows of {@code case_study_attachment}, shared by every app node. A node
 * takes a few at a time ({@link #claim}): {@code FOR UPDATE SKIP LOCKED} lets nodes claiming at the same moment
 * pass each other's rows by instead of waiting or taking them twice, and each claim is a lease in this node's name.
 * The node renews its leases while it reads ({@link #renew}); a document whose lease ran out (its node died or
 * hung) is claimed again by whichever node polls next. What is read is saved only while the lease is still this
 * node's ({@link #finish}), so a node that comes back late cannot overwrite the work of the one that took over.
 * <p>
 * Leases are measured by the database's clock, not the nodes' ({@code current_timestamp}): it is the one clock
 * every node shares, so nodes whose clocks drift still agree when a lease has run out. Both databases we run on
 * (H2 2.x and PostgreSQL) take {@code FOR UPDATE SKIP LOCKED}: no portable fall-back is needed.
 */
public class ExtractionQueue {

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final String node;
    private final long leaseSeconds;

    public ExtractionQueue(JdbcClient jdbc, TransactionTemplate tx, String node, Duration lease) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.node = node;
        this.leaseSeconds = Math.max(1, lease.toSeconds());
    }

    /** The name this node claims documents in. */
    public String node() {
        return node;
    }

    /** Takes up to {@code max} documents queued, or whose lease ran out, for this node; returns their ids. */
    public List<Long> claim(int max) {
        if (max <= 0) {
            return List.of();
        }
        return tx.execute(t -> {
            List<Long> ids = jdbc.sql("""
                    select id from case_study_attachment
                    where status = 'QUEUED' or (status = 'EXTRACTING' and (lease_until is null or lease_until < current_timestamp))
                    order by id fetch first :max rows only
                    for update skip locked""")
                .param("max", max).query(Long.class).list();
            if (!ids.isEmpty()) {
                // The version moves on, as with every change of status: a copy of the row read before is stale.
                jdbc.sql("""
                        update case_study_attachment set status = 'EXTRACTING', claimed_by = :node,
                          lease_until = current_timestamp + cast(:seconds as integer) * interval '1' second, version = version + 1
                        where id in (:ids)""")
                    .param("node", node).param("seconds", leaseSeconds).param("ids", ids).update();
            }
            return ids;
        });
    }

    /** Extends this node's leases of these documents; returns how many are still this node's. */
    public int renew(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return 0;
        }
        return tx.execute(t -> jdbc.sql("""
                update case_study_attachment set lease_until = current_timestamp + cast(:seconds as integer) * interval '1' second
                where id in (:ids) and claimed_by = :node and status = 'EXTRACTING'""")
            .param("seconds", leaseSeconds).param("ids", List.copyOf(ids)).param("node", node).update());
    }

    /**
     * Ends this node's lease of a document, in the caller's transaction, which then saves what was read: true if
     * the document was still this node's to save (not deleted, not taken over after the lease ran out). The row
     * stays locked until that transaction ends, so nobody claims it in between.
     */
    public boolean finish(long id) {
        return jdbc.sql("""
                update case_study_attachment set claimed_by = null, lease_until = null
                where id = :id and claimed_by = :node and status = 'EXTRACTING'""")
            .param("id", id).param("node", node).update() == 1;
    }

    /** Puts back every document this node holds, for the other nodes (or its own next start) to read at once. */
    public int releaseAll() {
        return tx.execute(t -> jdbc.sql("""
                update case_study_attachment set status = 'QUEUED', claimed_by = null, lease_until = null, version = version + 1
                where claimed_by = :node and status = 'EXTRACTING'""")
            .param("node", node).update());
    }
}
