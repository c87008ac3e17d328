package org.centrecpd.organisation.service;

import java.time.LocalDate;
import java.util.Map;
import org.centrecpd.base.PeriodFunctions;

/**
 * The centres a signed-in user may act on today, as something the database applies: a scoped
 * query takes a parameter {@code scope} of this type and restricts a centre id with
 * {@link #COVERS}…{@link #COVERS_END}, e.g. {@code "where" + COVERS + "c.id" + COVERS_END}: a subquery over the
 * {@code centre_access} relation (admins: every centre; managers and practitioners: where they
 * work; partners: what they oversee). No list of ids is ever loaded into memory.
 * <p>
 * Only {@link AccessScope} can make one (the constructor is package-private and the class final),
 * so a query that needs a scope can only be given the signed-in user's own.
 */
public final class CentreScope {

    /**
     * The one scope condition of every scoped query, around the centre id it restricts (compile-time
     * constants, for {@code @Query}): {@code CentreScope.COVERS + "e.centre.id" + CentreScope.COVERS_END}.
     * A correlated {@code exists} rather than {@code in (subquery)}: H2 evaluates the latter again
     * for every row, which cost 600 ms over 5 000 employments; this form took 15 ms.
     */
    public static final String COVERS = " exists (select 1 from CentreAccess sca where sca.centreId = ";

    /** Closes {@link #COVERS}. */
    public static final String COVERS_END = " and sca.accountId = :#{#scope.accountId}"
        + " and in_force(sca.period.validFrom, sca.period.validTo, :#{#scope.day})) ";

    /** The named parameters that {@link #coversSql} uses. */
    public static final String SQL_ACCOUNT = "scopeAccountId";
    public static final String SQL_DAY = "scopeDay";

    /**
     * {@link #COVERS}…{@link #COVERS_END} in plain SQL around {@code centreIdColumn}, for the few queries
     * written in SQL (a list of values joined as a table): the same {@code centre_access} rows, the same
     * correlated {@code exists}, with the named parameters {@link #sqlParameters()} gives.
     */
    public static String coversSql(String centreIdColumn) {
        return coversSql(centreIdColumn, ":" + SQL_ACCOUNT, ":" + SQL_DAY);
    }

    /**
     * {@link #coversSql(String)} for a sign-in and a day the query itself names (a column or a parameter of its own):
     * for the few unscoped reads that ask what <em>someone else's</em> sign-in covers, such as the centres a person
     * manages in their own calendar feed. The {@code centre_access} relation stays organisation's to name.
     */
    public static String coversSql(String centreIdColumn, String accountId, String day) {
        return " exists (select 1 from centre_access sca where sca.centre_id = " + centreIdColumn
            + " and sca.account_id = " + accountId + " and "
            + PeriodFunctions.inForceSql("sca.valid_from", "sca.valid_to", day) + ") ";
    }

    /** The values of {@link #coversSql}'s parameters. */
    public Map<String, Object> sqlParameters() {
        return Map.of(SQL_ACCOUNT, accountId, SQL_DAY, day);
    }

    private final long accountId;
    private final LocalDate day;

    CentreScope(long accountId, LocalDate day) {
        this.accountId = accountId;
        this.day = day;
    }

    /**
     * The narrower condition for what a sign-in <em>oversees</em> (an improvement partner's remit,
     * not a workplace and not an admin's reach): partners review what their centres write.
     */
    public static final String OVERSEEN = " in (select ca.centreId from CentreAccess ca"
        + " where ca.accountId = :#{#scope.accountId} and ca.via in ('authority', 'group')"
        + " and in_force(ca.period.validFrom, ca.period.validTo, :#{#scope.day})) ";

    /**
     * What a sign-in oversaw <em>at any time within a period</em> rather than today (a termly review belongs to the
     * partners who oversaw its centre during its term, even after the centre moved to another partner's group). The
     * period is that of the entity the query calls {@code t} ({@code t.period}): {@code "r.centreId" + OVERSEEN_DURING_T}.
     * Two periods overlap when either starts while the other is in force.
     */
    public static final String OVERSEEN_DURING_T = " in (select ca.centreId from CentreAccess ca"
        + " where ca.accountId = :#{#scope.accountId} and ca.via in ('authority', 'group')"
        + " and (in_force(ca.period.validFrom, ca.period.validTo, t.period.validFrom)"
        + " or in_force(t.period.validFrom, t.period.validTo, ca.period.validFrom))) ";

    /** The sign-in whose view of the organisation this is. */
    public long accountId() {
        return accountId;
    }

    /** Today, by the application's clock: scope follows moves and regroupings on their date. */
    public LocalDate day() {
        return day;
    }

    @Override
    public String toString() {
        return "CentreScope[account " + accountId + " on " + day + "]";
    }
}
