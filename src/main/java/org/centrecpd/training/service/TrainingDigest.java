package org.centrecpd.training.service;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.centrecpd.base.PeriodFunctions;
import org.centrecpd.base.Texts;
import org.centrecpd.base.mail.DigestPart;
import org.centrecpd.base.ui.Dates;
import org.centrecpd.organisation.service.AccessScope;
import org.centrecpd.organisation.service.CentreScope;
import org.centrecpd.security.Role;
import org.centrecpd.training.TrainingStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Training's part of a manager's or partner's digest, for the staff of the centres in their scope today: completions
 * since a day, certifications expiring in the coming weeks, and what is overdue or expired now. One statement each.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed({Role.CENTRE_MANAGER_NAME, Role.IMPROVEMENT_PARTNER_NAME, Role.ADMIN_NAME})
public class TrainingDigest {

    /** Staff in scope: employed today at a centre the reader's scope covers. */
    private static final String STAFF_IN_SCOPE = " exists (select 1 from employment e where e.person_id = a.person_id and "
        + PeriodFunctions.inForceSql("e.start_date", "e.end_date", ":day") + " and " + CentreScope.coversSql("e.centre_id") + ") ";
    private static final String LIVE = " a.cancelled_on is null and " + PeriodFunctions.inForceSql("a.assigned_on", "a.cancelled_on", ":day");
    private static final String FROM = """
         from assignment a join person p on p.id = a.person_id
         join course c on c.id = a.course_id join course_version v on v.id = c.current_version_id
        where""";

    private final JdbcClient jdbc;
    private final AccessScope scope;
    private final Clock clock;
    private final String link;
    private final Texts texts = new Texts();

    TrainingDigest(JdbcClient jdbc, AccessScope scope, Clock clock, @Value("${centrecpd.public-url:http://localhost:8080}") String publicUrl) {
        this.jdbc = jdbc;
        this.scope = scope;
        this.clock = clock;
        this.link = (publicUrl.endsWith("/") ? publicUrl : publicUrl + "/") + "training";
    }

    /** Training completed since {@code since} (inclusive). */
    public DigestPart completedSince(LocalDate since) {
        return part("select p.full_name, v.title, a.completed_on, count(*) over ()" + FROM + LIVE + " and " + STAFF_IN_SCOPE
            + " and a.completed_on >= :since and a.completed_on <= :day order by a.completed_on desc, p.full_name",
            Map.of("since", since), "digest.training.completed");
    }

    /** Certifications whose valid-until date falls in the next {@code days} days. */
    public DigestPart expiringWithin(int days) {
        LocalDate day = LocalDate.now(clock);
        return part("select p.full_name, v.title, a.expires_on, count(*) over ()" + FROM + LIVE + " and " + STAFF_IN_SCOPE
            + " and a.completed_on <= :day and a.expires_on >= :day and a.expires_on <= :until order by a.expires_on, p.full_name",
            Map.of("until", day.plusDays(days)), "digest.training.expiring");
    }

    /** Training overdue (never done, past its due date) or expired (a certification not renewed), today. */
    public DigestPart overdue() {
        String status = TrainingStatus.sql("a.id", "a.completed_on", "a.expires_on", "a.renewal_opens_on", "a.due_on", ":day");
        String due = TrainingStatus.effectiveDueSql("a.id", "a.completed_on", "a.expires_on", "a.renewal_opens_on", "a.due_on", ":day");
        return part("select p.full_name, v.title, " + due + ", count(*) over ()" + FROM + LIVE + " and " + STAFF_IN_SCOPE
            + " and " + status + " in (1, 3) order by 3, p.full_name", Map.of(), "digest.training.overdue");
    }

    private DigestPart part(String sql, Map<String, Object> params, String key) {
        LocalDate day = LocalDate.now(clock);
        long[] total = {0};
        List<String> lines = new ArrayList<>();
        jdbc.sql(sql + " fetch first " + DigestPart.SHOWN + " rows only").params(scope.centres().sqlParameters()).params(params)
            .param("day", day)
            .query((rs, i) -> {
                total[0] = rs.getLong(4);
                return texts.text(key, rs.getString(1), rs.getString(2), Dates.day(rs.getObject(3, LocalDate.class), Locale.UK));
            }).list().forEach(lines::add);
        return new DigestPart(total[0], lines, link);
    }
}
