package org.centrecpd.briefings;

import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.centrecpd.base.PublicAddress;
import org.centrecpd.base.Texts;
import org.centrecpd.base.mail.DigestPart;
import org.centrecpd.base.ui.Dates;
import org.centrecpd.organisation.service.AccessScope;
import org.centrecpd.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Briefings' part of a person's digest: the published briefings addressed to the reader (their own receipts, not their
 * scope's) that they have not opened yet, newest first, each with its number, title, publication date and its own
 * link. A withdrawn briefing is no longer asked to be read. One statement.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed({Role.PRACTITIONER_NAME, Role.CENTRE_MANAGER_NAME, Role.IMPROVEMENT_PARTNER_NAME, Role.ADMIN_NAME})
public class BriefingDigest {

    private final JdbcClient jdbc;
    private final AccessScope scope;
    private final PublicAddress publicAddress;
    private final Texts texts = new Texts();

    BriefingDigest(JdbcClient jdbc, AccessScope scope, PublicAddress publicAddress) {
        this.jdbc = jdbc;
        this.scope = scope;
        this.publicAddress = publicAddress;
    }

    public DigestPart unreadByMe() {
        String base = publicAddress.url() + "/briefings";
        Long me = scope.self().orElse(null);
        if (me == null) {
            return new DigestPart(0, List.of(), base);
        }
        long[] total = {0};
        List<String> lines = new ArrayList<>();
        List<String> links = new ArrayList<>();
        // A person counted at two centres has two receipt rows; opening the briefing marks both, so either tells.
        jdbc.sql("""
                select b.id, b.reference, b.title, b.publication_date, count(*) over ()
                  from briefing b
                 where b.status = 'PUBLISHED'
                   and exists (select 1 from briefing_recipient r where r.briefing_id = b.id and r.person_id = :me)
                   and not exists (select 1 from briefing_recipient r where r.briefing_id = b.id and r.person_id = :me and r.read_at is not null)
                 order by b.publication_date desc, b.id desc""" + " fetch first " + DigestPart.SHOWN + " rows only")
            .param("me", me)
            .query((rs, i) -> {
                total[0] = rs.getLong(5);
                lines.add(texts.text("digest.briefings.unread", rs.getString(2), rs.getString(3),
                    Dates.longDay(rs.getObject(4, LocalDate.class), Locale.UK)));
                links.add(base + "/" + rs.getLong(1));
                return null;
            }).list();
        return new DigestPart(total[0], lines, base, links);
    }
}
