package org.centrecpd.workshops.service;

import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.centrecpd.base.Texts;
import org.centrecpd.base.mail.DigestPart;
import org.centrecpd.organisation.service.AccessScope;
import org.centrecpd.organisation.service.CentreScope;
import org.centrecpd.security.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Workshops' part of a manager's or partner's digest: places booked since a moment on sessions of centres in scope. One statement. */
@Service
@Transactional(readOnly = true)
@RolesAllowed({Role.CENTRE_MANAGER_NAME, Role.IMPROVEMENT_PARTNER_NAME, Role.ADMIN_NAME})
public class WorkshopDigest {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final JdbcClient jdbc;
    private final AccessScope scope;
    private final String link;
    private final Texts texts = new Texts();

    WorkshopDigest(JdbcClient jdbc, AccessScope scope, @Value("${centrecpd.public-url:http://localhost:8080}") String publicUrl) {
        this.jdbc = jdbc;
        this.scope = scope;
        this.link = (publicUrl.endsWith("/") ? publicUrl : publicUrl + "/") + "workshops";
    }

    public DigestPart bookedSince(LocalDateTime since) {
        long[] total = {0};
        List<String> lines = new ArrayList<>(jdbc.sql("""
                select p.full_name, v.title, s.starts_at, count(*) over ()
                  from workshop_booking b join workshop_session s on s.id = b.session_id join person p on p.id = b.person_id
                  join course c on c.id = s.course_id join course_version v on v.id = c.current_version_id
                 where b.status = 'BOOKED' and b.changed_at >= :since and s.cancelled_on is null and """
                + CentreScope.coversSql("s.centre_id") + " order by s.starts_at, p.full_name fetch first " + DigestPart.SHOWN + " rows only")
            .params(scope.centres().sqlParameters()).param("since", since)
            .query((rs, i) -> {
                total[0] = rs.getLong(4);
                return texts.text("digest.workshops.booked", rs.getString(1), rs.getString(2),
                    WHEN.format(rs.getTimestamp(3).toLocalDateTime()));
            }).list());
        return new DigestPart(total[0], lines, link);
    }
}
