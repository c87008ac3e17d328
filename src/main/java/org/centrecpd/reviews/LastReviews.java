package org.centrecpd.reviews;

import java.time.LocalDate;
import java.util.List;
import org.centrecpd.organisation.service.AccessScope;
import org.centrecpd.organisation.service.CentreScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the reviews module tells the modules beside it about when each centre was last reviewed: every centre in the
 * asker's scope today with the day of its last signed-off review, or none when it has never had one. A review counts
 * once signed off (an amended one too; a draft does not); its day is the visit's, or the sign-off's where no visit
 * was recorded. One statement, scoped by {@link AccessScope}, ordered by centre id.
 */
@Component
@Transactional(readOnly = true)
public class LastReviews {

    /** A centre in scope and the day of its last signed-off review (null: never reviewed). */
    public record LastReview(long centreId, String centre, LocalDate day) {

        public boolean never() {
            return day == null;
        }
    }

    private final JdbcClient jdbc;
    private final AccessScope scope;

    LastReviews(JdbcClient jdbc, AccessScope scope) {
        this.jdbc = jdbc;
        this.scope = scope;
    }

    public List<LastReview> inScope() {
        CentreScope centres = scope.centres();
        return jdbc.sql("""
                select c.id, c.name, max(coalesce(r.visit_date, cast(r.signed_off_at as date))) as last_review
                  from centre c left join review r on r.centre_id = c.id and r.status in ('SIGNED_OFF', 'AMENDED')
                 where %s
                 group by c.id, c.name
                 order by c.id""".formatted(CentreScope.coversSql("c.id")))
            .params(centres.sqlParameters())
            .query((rs, n) -> new LastReview(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class)))
            .list();
    }
}
