package org.centrecpd.casestudies;

import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import org.centrecpd.base.Texts;
import org.centrecpd.base.mail.DigestPart;
import org.centrecpd.organisation.service.AccessScope;
import org.centrecpd.organisation.service.CentreScope;
import org.centrecpd.security.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Case studies' part of a manager's or partner's digest: those about centres in scope that wait for a reviewer
 * (a draft to review, or approved and not yet published). Titles only. One statement.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed({Role.CENTRE_MANAGER_NAME, Role.IMPROVEMENT_PARTNER_NAME, Role.ADMIN_NAME})
public class CaseStudyDigest {

    private final JdbcClient jdbc;
    private final AccessScope scope;
    private final String link;
    private final Texts texts = new Texts();

    CaseStudyDigest(JdbcClient jdbc, AccessScope scope, @Value("${centrecpd.public-url:http://localhost:8080}") String publicUrl) {
        this.jdbc = jdbc;
        this.scope = scope;
        this.link = (publicUrl.endsWith("/") ? publicUrl : publicUrl + "/") + "case-studies";
    }

    public DigestPart waitingForReview() {
        long[] total = {0};
        List<String> lines = new ArrayList<>(jdbc.sql("""
                select cs.title, cs.author_name, cs.status, count(*) over ()
                  from case_study cs
                 where cs.status in ('DRAFT', 'APPROVED')
                   and exists (select 1 from case_study_centre cc where cc.case_study_id = cs.id and """
                + CentreScope.coversSql("cc.centre_id") + ") order by cs.updated_at, cs.id fetch first " + DigestPart.SHOWN + " rows only")
            .params(scope.centres().sqlParameters())
            .query((rs, i) -> {
                total[0] = rs.getLong(4);
                return texts.text("digest.caseStudies." + rs.getString(3).toLowerCase(java.util.Locale.ROOT), rs.getString(1), rs.getString(2));
            }).list());
        return new DigestPart(total[0], lines, link);
    }
}
