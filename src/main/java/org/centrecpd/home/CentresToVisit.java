package org.centrecpd.home;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.centrecpd.organisation.service.AccessScope;
import org.centrecpd.organisation.service.CentreScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The partner's next visits: the centres in their scope that have waited longest for a termly review. A centre never
 * reviewed comes first (it has waited since it opened), then the one whose last review is oldest, then by name. A
 * review counts once signed off (an amended one too); its day is the visit's, or the sign-off's where no visit was
 * recorded. One statement, ordered and cut in the database.
 * <p>
 * Home sits on the top floor beside the reviews module and reads its table directly, as the reviews module's own
 * calendar feed does; nothing below home learns that reviews exist.
 */
@Component
@Transactional(readOnly = true)
class CentresToVisit {

    /** A centre and the day of its last review (null: never reviewed). */
    record Line(long centreId, String centre, LocalDate lastReview) {
    }

    private static final String LAST_REVIEW = "max(coalesce(r.visit_date, cast(r.signed_off_at as date)))";

    private final JdbcClient jdbc;
    private final AccessScope scope;

    CentresToVisit(JdbcClient jdbc, AccessScope scope) {
        this.jdbc = jdbc;
        this.scope = scope;
    }

    List<Line> first(int count) {
        CentreScope centres = scope.centres();
        Map<String, Object> parameters = new HashMap<>(centres.sqlParameters());
        parameters.put("count", count);
        return jdbc.sql("""
                select c.id, c.name, %1$s as last_review
                  from centre c left join review r on r.centre_id = c.id and r.status in ('SIGNED_OFF', 'AMENDED')
                 where %2$s
                 group by c.id, c.name
                 order by case when %1$s is null then 0 else 1 end, %1$s, c.name, c.id
                 fetch first :count rows only""".formatted(LAST_REVIEW, CentreScope.coversSql("c.id")))
            .params(parameters)
            .query((rs, n) -> new Line(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class)))
            .list();
    }
}
