package org.centrecpd.privacy.service;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.centrecpd.audit.AuditAction;
import org.centrecpd.audit.AuditEvent;
import org.centrecpd.base.Texts;
import org.centrecpd.base.mail.Mail;
import org.centrecpd.base.mail.MailAfterCommit;
import org.centrecpd.base.mail.MailSender;
import org.centrecpd.base.privacy.DataKind;
import org.centrecpd.base.privacy.Due;
import org.centrecpd.base.privacy.RetentionClock;
import org.centrecpd.base.ui.Dates;
import org.centrecpd.organisation.PeopleOnRecord;
import org.centrecpd.organisation.service.AccessScope;
import org.centrecpd.privacy.domain.LegalHold;
import org.centrecpd.privacy.domain.LegalHoldRepository;
import org.centrecpd.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.util.HtmlUtils;

/**
 * Applies the retention schedule: every night (on one node, like the reminders), each kind of personal data whose
 * period has ended is deleted or anonymised as its definition says, and the counts per kind go to the log and the
 * audit log. Rows about a person under a legal hold are never touched. Before that, each new leaver is offered a
 * copy of their data at the address on record, with the day their journal will be deleted. An admin sees what the
 * next run would do ({@link #preview}) without changing anything.
 * <p>
 * A system job: nobody is signed in; it reads leavers and holds, not anyone's records, and each module removes its
 * own rows ({@code PersonalData.dispose}).
 */
@Service
public class Retention {

    private static final Logger log = LoggerFactory.getLogger(Retention.class);

    /** What a run did (or would do) with one kind of data. */
    public record Outcome(DataKind kind, long rows) {
    }

    private final PrivacyRegister register;
    private final RetentionSchedule schedule;
    private final PeopleOnRecord leavers;
    private final LegalHoldRepository holds;
    private final SubjectAccess subjectAccess;
    private final MailSender mail;
    private final ApplicationEventPublisher events;
    private final AccessScope scope;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final Texts texts = new Texts();

    Retention(PrivacyRegister register, RetentionSchedule schedule, PeopleOnRecord leavers, LegalHoldRepository holds,
              SubjectAccess subjectAccess, MailSender mail, ApplicationEventPublisher events, AccessScope scope, Clock clock,
              PlatformTransactionManager transactions) {
        this.register = register;
        this.schedule = schedule;
        this.leavers = leavers;
        this.holds = holds;
        this.subjectAccess = subjectAccess;
        this.mail = mail;
        this.events = events;
        this.scope = scope;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    /**
     * What a run today would delete or anonymise, per kind, changing nothing: for the leavers of one authority
     * ({@code authorityId}), or everything the nightly run would do (null: every authority, and the kinds counted
     * from when they were recorded).
     */
    @RolesAllowed(Role.ADMIN_NAME)
    public List<Outcome> preview(Long authorityId) {
        scope.centres(); // an admin's scope is everywhere; asked so that only a signed-in user gets here
        return sweep(LocalDate.now(clock), false, authorityId);
    }

    /** The nightly run (UK time), on one node at a time. */
    @Scheduled(cron = "${centrecpd.privacy.retention-cron:0 30 2 * * *}", zone = "Europe/London")
    @SchedulerLock(name = "privacy-retention", lockAtLeastFor = "${centrecpd.privacy.lock-at-least:PT5M}")
    public void run() {
        LocalDate today = LocalDate.now(clock);
        offerCopiesToLeavers(today, null);
        apply(today, null);
    }

    /**
     * Applies the schedule on {@code day} (what {@link #run} does, without the lock), to the leavers of one authority
     * or (null) to everything, and records the counts per kind in the log and the audit log.
     */
    public List<Outcome> apply(LocalDate today, Long authorityId) {
        List<Outcome> done = sweep(today, true, authorityId);
        StringBuilder counts = new StringBuilder();
        done.stream().filter(o -> o.rows() > 0).forEach(o -> counts.append(counts.isEmpty() ? "" : "; ")
            .append(o.kind().key()).append(": ").append(o.rows()).append(' ').append(o.kind().disposal().name().toLowerCase(Locale.ROOT)));
        String detail = counts.isEmpty() ? "nothing due" : counts.toString();
        String which = authorityId == null ? "every authority" : "authority " + authorityId;
        log.info("Retention on {} for {}: {}", today, which, detail);
        transaction.executeWithoutResult(t -> events.publishEvent(new AuditEvent(AuditAction.RETENTION_APPLIED,
            "Retention schedule, " + today + ", " + which, detail.length() > 1900 ? detail.substring(0, 1900) : detail, "system")));
        return done;
    }

    private List<Outcome> sweep(LocalDate today, boolean apply, Long authorityId) {
        Set<Long> held = new HashSet<>();
        Set<String> heldEmails = new HashSet<>();
        for (LegalHold hold : holds.findAll()) {
            held.add(hold.getPersonId());
            leavers.find(hold.getPersonId()).ifPresent(p -> heldEmails.add(p.email().toLowerCase(Locale.ROOT)));
        }
        List<PeopleOnRecord.OnRecord> left = leavers.asAt(today).stream().filter(l -> !held.contains(l.personId()))
            .filter(l -> authorityId == null || l.authorityId() == authorityId).toList();
        Map<Long, Map<String, Integer>> periods = new HashMap<>();
        List<Outcome> outcomes = new ArrayList<>();
        for (DataKind kind : register.kinds()) {
            if (kind.clock() == RetentionClock.AFTER_LEAVING) {
                List<Long> people = left.stream()
                    .filter(l -> !l.leftOn().plusMonths(schedule.months(l.authorityId(), kind, periods)).isAfter(today))
                    .map(PeopleOnRecord.OnRecord::personId).toList();
                long rows = 0;
                // A first run over years of leavers may be due thousands: a thousand ids per statement at most.
                for (int from = 0; from < people.size(); from += 1000) {
                    rows += dispose(kind, Due.people(people.subList(from, Math.min(people.size(), from + 1000))), apply);
                }
                outcomes.add(new Outcome(kind, rows));
            } else if (authorityId == null) {
                outcomes.add(new Outcome(kind, dispose(kind, Due.recordedBefore(today.minusMonths(schedule.longest(kind)), held,
                    heldEmails), apply)));
            }
        }
        return outcomes;
    }

    private long dispose(DataKind kind, Due due, boolean apply) {
        var holder = register.holderOf(kind);
        Long rows = apply ? transaction.execute(t -> holder.dispose(kind, due, true)) : holder.dispose(kind, due, false);
        return rows == null ? 0 : rows;
    }

    /**
     * Each leaver not yet offered their copy gets one e-mail at the address on record: a link to their copy, valid until
     * their journal is deleted, and that day. Held people are offered it too: a hold keeps data, it does not withhold it.
     */
    public int offerCopiesToLeavers(LocalDate today, Long authorityId) {
        DataKind journal = register.kinds().stream().filter(k -> k.key().equals("journal-entries")).findFirst().orElseThrow();
        Map<Long, Map<String, Integer>> periods = new HashMap<>();
        int offered = 0;
        for (PeopleOnRecord.OnRecord leaver : leavers.asAt(today)) {
            if (authorityId != null && leaver.authorityId() != authorityId) {
                continue;
            }
            LocalDate deletedOn = leaver.leftOn().plusMonths(schedule.months(leaver.authorityId(), journal, periods));
            if (!deletedOn.isAfter(today) || leaver.email().endsWith("@erased.invalid") || subjectAccess.offered(leaver.personId())) {
                continue;
            }
            offered++;
            log.info("Leaver {} offered their copy; journal to be deleted on {}", leaver.personId(), deletedOn);
            transaction.executeWithoutResult(t -> {
                String token = subjectAccess.offerToLeaver(leaver.personId(), deletedOn.atStartOfDay(ZoneId.of("Europe/London")).toInstant());
                String link = subjectAccess.publicUrl() + "/privacy/leaver-copy/" + token;
                String text = texts.text("privacy.mail.leaver.text", leaver.fullName(), Dates.longDay(deletedOn, Locale.UK), link);
                MailAfterCommit.send(mail, List.of(new Mail(leaver.email(), texts.text("privacy.mail.leaver.subject"), text,
                    "<p>" + HtmlUtils.htmlEscape(text).replace("\n\n", "</p><p>").replace("\n", "<br>") + "</p>")));
                events.publishEvent(new AuditEvent(AuditAction.LEAVER_COPY_OFFERED, leaver.email(),
                    "journal to be deleted on " + deletedOn, "system"));
            });
        }
        return offered;
    }
}
