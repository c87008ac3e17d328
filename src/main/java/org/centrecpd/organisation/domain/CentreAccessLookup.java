package org.centrecpd.organisation.domain;

import java.util.List;
import org.centrecpd.base.PeriodFunctions;
import org.centrecpd.organisation.service.CentreScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Read-only: which centres a sign-in may see on a day, from the {@code centre_access} view (migration V3),
 * in the caller's transaction. Only {@code AccessScope} uses it: for the search index, which is given ids, and to
 * find who oversees a centre.
 * <p>
 * Plain SQL rather than a Spring Data query: every search asks this before it runs, and through JPA it
 * cost about 90 µs in a warm loop against about 6 µs here, because Hibernate translated the query to SQL
 * again on every call; a repository's proxies then doubled what was left (CaseStudySearchBenchmark's
 * profile). The rules stay in the view; this only reads it.
 */
@Component
public class CentreAccessLookup {

    /** A centre the account may see on the day, and why: "admin", "employment", "authority" or "group". */
    public record Access(long centreId, String via) {

        /** Seen as an improvement partner: the centre is in an authority or a group the account oversees. */
        public boolean overseen() {
            return "authority".equals(via) || "group".equals(via);
        }
    }

    private static final String CENTRES_OF = "select centre_id, via from centre_access where account_id = :account and "
        + PeriodFunctions.inForceSql("valid_from", "valid_to", ":day");

    private static final String OVERSEERS_OF = "select distinct account_id from centre_access where centre_id in (:centres)"
        + " and via in ('authority', 'group') and " + PeriodFunctions.inForceSql("valid_from", "valid_to", ":day")
        + " order by account_id";

    private final JdbcClient jdbc;

    CentreAccessLookup(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The sign-ins of the improvement partners whose oversight covers any of these centres on the day. */
    public List<Long> overseersOf(java.util.Collection<Long> centres, java.time.LocalDate day) {
        if (centres.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(OVERSEERS_OF).param("centres", centres).param("day", day).query(Long.class).list();
    }

    /** The centres of the scope's account on the scope's day. */
    public List<Access> centresOf(CentreScope scope) {
        return jdbc.sql(CENTRES_OF).param("account", scope.accountId()).param("day", scope.day())
            .query((rs, row) -> new Access(rs.getLong(1), rs.getString(2))).list();
    }
}
