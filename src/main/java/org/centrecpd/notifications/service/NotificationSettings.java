package org.centrecpd.notifications.service;

import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.centrecpd.base.mail.Mail;
import org.centrecpd.base.mail.MailKind;
import org.centrecpd.base.mail.MailPreferences;
import org.centrecpd.organisation.service.AccessScope;
import org.centrecpd.security.CurrentUser;
import org.centrecpd.security.Role;
import org.centrecpd.training.service.AssignmentService;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which mail a person gets: one switch per kind (no row in {@code notification_opt_out}: on), the digest's
 * frequency, and what policy does not let them switch off ({@link MailPolicy}). Training's reminders keep their own
 * switch (training's reminder opt-out, which its job reads): the page shows and changes that one, so there is one
 * owner per choice. The one mail sender asks {@link #wants} before each message of a switchable kind.
 */
@Service
@Transactional(readOnly = true)
public class NotificationSettings implements MailPreferences {

    private final JdbcClient jdbc;
    private final AccessScope scope;
    private final CurrentUser currentUser;
    private final AssignmentService reminders;
    private final Notices notices;
    private final Clock clock;
    private final TaskExecutor executor;

    NotificationSettings(JdbcClient jdbc, AccessScope scope, CurrentUser currentUser, AssignmentService reminders, Notices notices,
                         Clock clock, @Qualifier("applicationTaskExecutor") TaskExecutor executor) {
        this.executor = executor;
        this.jdbc = jdbc;
        this.scope = scope;
        this.currentUser = currentUser;
        this.reminders = reminders;
        this.notices = notices;
        this.clock = clock;
    }

    /** Only a person (not the first admin's bare sign-in) gets mail to choose about, notices and a calendar. */
    @PermitAll
    public boolean available() {
        return scope.self().isPresent();
    }

    /** My mail, kind by kind (the digest's frequency is separate: {@link #myDigestFrequency()}). */
    @PermitAll
    public List<MailChoice> mine() {
        long me = scope.requireSelf("notifications.noPerson");
        Role role = currentUser.require().role();
        List<String> off = jdbc.sql("select kind from notification_opt_out where person_id = ?").param(me).query(String.class).list();
        return Arrays.stream(MailKind.values()).filter(k -> k.switchable() && k != MailKind.DIGESTS).map(kind -> {
            boolean required = MailPolicy.required(kind, role);
            boolean on = required || (kind == MailKind.REMINDERS ? reminders.myRemindersOn() : !off.contains(kind.name()));
            return new MailChoice(kind, on, required);
        }).toList();
    }

    /** Turns a kind of my mail on or off; a kind policy requires stays on. */
    @Transactional
    @PermitAll
    public void setMine(MailKind kind, boolean on) {
        long me = scope.requireSelf("notifications.noPerson");
        if (!kind.switchable() || MailPolicy.required(kind, currentUser.require().role())) {
            throw new org.centrecpd.base.RuleViolation("notifications.required");
        }
        if (kind == MailKind.REMINDERS) {
            reminders.setMyReminders(on);
        } else if (on) {
            jdbc.sql("delete from notification_opt_out where person_id = ? and kind = ?").params(me, kind.name()).update();
        } else {
            jdbc.sql("""
                    insert into notification_opt_out (person_id, kind, since) select ?, ?, ?
                     where not exists (select 1 from notification_opt_out where person_id = ? and kind = ?)""")
                .params(me, kind.name(), LocalDateTime.now(clock), me, kind.name()).update();
        }
    }

    /** Whether I am someone who gets the scope digest (centre managers and improvement partners). */
    @PermitAll
    public boolean digestOffered() {
        Role role = currentUser.require().role();
        return scope.self().isPresent() && (role == Role.CENTRE_MANAGER || role == Role.IMPROVEMENT_PARTNER);
    }

    @PermitAll
    public DigestFrequency myDigestFrequency() {
        long me = scope.requireSelf("notifications.noPerson");
        return jdbc.sql("select frequency from digest_setting where person_id = ?").param(me).query(String.class).optional()
            .map(DigestFrequency::valueOf).orElse(DigestFrequency.WEEKLY);
    }

    @Transactional
    @PermitAll
    public void setMyDigestFrequency(DigestFrequency frequency) {
        long me = scope.requireSelf("notifications.noPerson");
        if (jdbc.sql("update digest_setting set frequency = ? where person_id = ?").params(frequency.name(), me).update() == 0) {
            jdbc.sql("insert into digest_setting (person_id, frequency) values (?, ?)").params(me, frequency.name()).update();
        }
    }

    @Override
    @Transactional(propagation = Propagation.SUPPORTS)
    public boolean wants(String email, MailKind kind) {
        if (kind == MailKind.REMINDERS || kind == MailKind.DIGESTS) {
            // Chosen where they are made: training's own reminder switch, the digest's frequency.
            return true;
        }
        List<String> roles = jdbc.sql("select u.role from user_account u join person p on p.id = u.person_id where lower(p.email) = lower(?)")
            .param(email).query(String.class).list();
        if (roles.stream().anyMatch(r -> MailPolicy.required(kind, Role.valueOf(r)))) {
            return true;
        }
        return jdbc.sql("""
                select count(*) from notification_opt_out o join person p on p.id = o.person_id
                 where lower(p.email) = lower(?) and o.kind = ?""")
            .params(email, kind.name()).query(Long.class).single() == 0;
    }

    @Override
    @Transactional(propagation = Propagation.SUPPORTS)
    public void noticed(String email, Mail mail) {
        // On another thread, with a connection of its own: the sender runs after the change's transaction has committed
        // but before its connection goes back to the pool, and a second connection taken here by every booking at once
        // exhausted the pool (WorkshopBookingTest's race of 16).
        String address = email.toLowerCase(Locale.ROOT);
        executor.execute(() -> notices.record(address, mail));
    }
}
