package org.centrecpd.notifications.service;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.centrecpd.base.Texts;
import org.centrecpd.base.mail.DigestPart;
import org.centrecpd.base.mail.Mail;
import org.centrecpd.base.mail.MailKind;
import org.centrecpd.base.mail.MailSender;
import org.centrecpd.briefings.BriefingDigest;
import org.centrecpd.casestudies.CaseStudyDigest;
import org.centrecpd.training.service.TrainingDigest;
import org.centrecpd.workshops.service.WorkshopDigest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The digest for centre managers and improvement partners: what changed in their scope since their last one
 * (completions, bookings), what is coming (certifications expiring in {@value #EXPIRING_DAYS} days) and what waits
 * (overdue or expired training, case studies waiting for review), and the briefings addressed to the reader that they
 * have not read, each kind from the module that owns it in one
 * query, with a link to its page. Weekly unless the person chose daily or never; {@code digest_setting.last_sent_at}
 * is claimed before the message goes, so there is never a second within the period, whatever the nodes or runs.
 * <p>
 * Each reader's parts are read as that reader (their own sign-in, scope and roles), so the digest shows exactly what
 * the app shows them. An empty digest is not sent.
 */
@Component
public class ScopeDigest {

    static final int EXPIRING_DAYS = 60;
    private static final Logger log = LoggerFactory.getLogger(ScopeDigest.class);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final MailSender mail;
    private final UserDetailsService accounts;
    private final TrainingDigest training;
    private final WorkshopDigest workshops;
    private final CaseStudyDigest caseStudies;
    private final BriefingDigest briefings;
    private final String publicUrl;
    private final Texts texts = new Texts();

    ScopeDigest(JdbcClient jdbc, Clock clock, MailSender mail, UserDetailsService accounts, TrainingDigest training,
                WorkshopDigest workshops, CaseStudyDigest caseStudies, BriefingDigest briefings,
                @Value("${centrecpd.public-url:http://localhost:8080}") String publicUrl) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.mail = mail;
        this.accounts = accounts;
        this.training = training;
        this.workshops = workshops;
        this.caseStudies = caseStudies;
        this.briefings = briefings;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /** Every morning (UK time), on one node (ShedLock locks only methods that return nothing). */
    @Scheduled(cron = "${centrecpd.digest.cron:0 15 7 * * *}", zone = "Europe/London")
    @SchedulerLock(name = "scope-digest", lockAtLeastFor = "PT5M")
    public void scheduled() {
        run();
    }

    /** Each reader whose period since their last digest has passed gets one; how many were sent. */
    public int run() {
        record Reader(long personId, String username, String name, String email, DigestFrequency frequency, LocalDateTime lastSent) {
        }
        LocalDateTime now = LocalDateTime.now(clock);
        List<Reader> readers = jdbc.sql("""
                select p.id, u.username, p.full_name, p.email, coalesce(d.frequency, 'WEEKLY'), d.last_sent_at
                  from user_account u join person p on p.id = u.person_id left join digest_setting d on d.person_id = p.id
                 where u.enabled and u.role in ('CENTRE_MANAGER', 'IMPROVEMENT_PARTNER') and coalesce(d.frequency, 'WEEKLY') <> 'NEVER'
                 order by p.id""")
            .query((rs, i) -> new Reader(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                DigestFrequency.valueOf(rs.getString(5)), rs.getObject(6, LocalDateTime.class)))
            .list();
        int sent = 0;
        for (Reader reader : readers) {
            LocalDateTime due = reader.lastSent() == null ? null : reader.lastSent().plus(reader.frequency().minimumGap());
            if (due != null && now.isBefore(due)) {
                continue;
            }
            LocalDateTime since = reader.lastSent() != null ? reader.lastSent() : now.minusDays(7);
            Map<String, DigestPart> parts = as(reader.username(), () -> parts(since));
            if (parts == null || parts.values().stream().allMatch(DigestPart::isEmpty)) {
                continue;
            }
            if (!claim(reader.personId(), reader.frequency(), now)) {
                continue;
            }
            mail.send(compose(reader.email(), reader.name(), parts));
            sent++;
        }
        log.info("Scope digests sent: {}", sent);
        return sent;
    }

    private Map<String, DigestPart> parts(LocalDateTime since) {
        Map<String, DigestPart> parts = new LinkedHashMap<>();
        parts.put("digest.completed", training.completedSince(since.toLocalDate()));
        parts.put("digest.expiring", training.expiringWithin(EXPIRING_DAYS));
        parts.put("digest.overdue", training.overdue());
        parts.put("digest.booked", workshops.bookedSince(since));
        parts.put("digest.caseStudies", caseStudies.waitingForReview());
        parts.put("digest.briefings", briefings.unreadByMe());
        return parts;
    }

    /**
     * Records the digest before it goes: false if another run (or node) sent this reader one within the period.
     * The conditional update is the guard: only one of two runs at once changes the row.
     */
    private boolean claim(long personId, DigestFrequency frequency, LocalDateTime now) {
        try {
            jdbc.sql("insert into digest_setting (person_id, frequency) values (?, 'WEEKLY')").param(personId).update();
        } catch (DuplicateKeyException exists) {
            // The usual case after the first digest.
        }
        return jdbc.sql("""
                update digest_setting set last_sent_at = :now
                 where person_id = :person and frequency <> 'NEVER' and (last_sent_at is null or last_sent_at <= :latest)""")
            .param("now", now).param("person", personId).param("latest", now.minus(frequency.minimumGap()))
            .update() == 1;
    }

    private <T> T as(String username, java.util.function.Supplier<T> work) {
        var before = SecurityContextHolder.getContext();
        try {
            UserDetails user = accounts.loadUserByUsername(username);
            var context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
            SecurityContextHolder.setContext(context);
            return work.get();
        } catch (RuntimeException e) {
            log.warn("Digest for {} not made: {}", username, e.getMessage());
            return null;
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }

    private Mail compose(String to, String name, Map<String, DigestPart> parts) {
        String hello = texts.text("digest.hello", name);
        String intro = texts.text("digest.intro");
        StringBuilder text = new StringBuilder(hello).append("\n\n").append(intro).append("\n");
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"en-GB\"><body><p>").append(HtmlUtils.htmlEscape(hello))
            .append("</p><p>").append(HtmlUtils.htmlEscape(intro)).append("</p>");
        parts.forEach((key, part) -> {
            if (part.isEmpty()) {
                return;
            }
            String heading = texts.text(key, part.total());
            text.append("\n").append(heading).append("\n");
            html.append("<h2>").append(HtmlUtils.htmlEscape(heading)).append("</h2><ul>");
            for (int i = 0; i < part.lines().size(); i++) {
                String line = part.lines().get(i);
                String own = part.lineLinks().isEmpty() ? null : part.lineLinks().get(i);
                text.append("- ").append(line).append(own == null ? "" : ": " + own).append("\n");
                html.append("<li>").append(own == null ? HtmlUtils.htmlEscape(line)
                    : "<a href=\"" + HtmlUtils.htmlEscape(own) + "\">" + HtmlUtils.htmlEscape(line) + "</a>").append("</li>");
            }
            String more = texts.text("digest.open");
            text.append(more).append(": ").append(part.link()).append("\n");
            html.append("</ul><p><a href=\"").append(HtmlUtils.htmlEscape(part.link())).append("\">").append(HtmlUtils.htmlEscape(more))
                .append("</a></p>");
        });
        String footer = texts.text("digest.footer", publicUrl + "/notifications");
        text.append("\n").append(footer).append("\n");
        html.append("<p>").append(HtmlUtils.htmlEscape(footer)).append("</p></body></html>");
        long total = parts.values().stream().mapToLong(DigestPart::total).sum();
        return new Mail(to, texts.text("digest.subject", total), text.toString(), html.toString())
            .about(MailKind.DIGESTS, publicUrl + "/notifications");
    }
}
