package org.centrecpd.privacy.service;

import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.centrecpd.audit.AuditAction;
import org.centrecpd.audit.AuditEvent;
import org.centrecpd.base.RuleViolation;
import org.centrecpd.base.privacy.DataKind;
import org.centrecpd.privacy.domain.RetentionRule;
import org.centrecpd.privacy.domain.RetentionRuleRepository;
import org.centrecpd.security.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How long each kind of data is kept, per local authority: the kind's default (stated in docs/operations.md),
 * unless the authority's admin set another period. Periods that count from when a row was recorded (audit lines,
 * invitations, drafts) are not about one authority: the longest period any authority set applies, so nothing is
 * deleted sooner than an authority asked.
 */
@Service
@Transactional(readOnly = true)
public class RetentionSchedule {

    /** A kind's period for one authority, and whether that is the default. */
    public record Period(DataKind kind, int months, boolean isDefault) {
    }

    private final RetentionRuleRepository rules;
    private final PrivacyRegister register;
    private final ApplicationEventPublisher events;

    RetentionSchedule(RetentionRuleRepository rules, PrivacyRegister register, ApplicationEventPublisher events) {
        this.rules = rules;
        this.register = register;
        this.events = events;
    }

    /** The authority's schedule, every kind. */
    @RolesAllowed(Role.ADMIN_NAME)
    public List<Period> of(long authorityId) {
        Map<String, Integer> own = rules.findByAuthorityId(authorityId).stream()
            .collect(Collectors.toMap(RetentionRule::getKindKey, RetentionRule::getMonths));
        return register.kinds().stream()
            .map(k -> new Period(k, own.getOrDefault(k.key(), k.defaultMonths()), !own.containsKey(k.key()))).toList();
    }

    /** Sets the authority's period for a kind ({@code months} null: back to the default). */
    @Transactional
    @RolesAllowed(Role.ADMIN_NAME)
    public void set(long authorityId, String kindKey, Integer months) {
        DataKind kind = register.kind(kindKey);
        if (months != null && (months < 1 || months > 1200)) {
            throw new RuleViolation("privacy.retention.months.range");
        }
        var existing = rules.findByAuthorityIdAndKindKey(authorityId, kindKey);
        String before = existing.map(r -> r.getMonths() + " months").orElse("default " + kind.defaultMonths() + " months");
        if (months == null || months == kind.defaultMonths()) {
            existing.ifPresent(rules::delete);
        } else if (existing.isPresent()) {
            existing.get().setMonths(months);
        } else {
            rules.save(new RetentionRule(authorityId, kindKey, months));
        }
        events.publishEvent(new AuditEvent(AuditAction.RETENTION_RULE_CHANGED, kind.name() + " (authority " + authorityId + ")",
            before + " -> " + (months == null ? "default " + kind.defaultMonths() : months) + " months"));
    }

    /** For the job: the months for a leaver of this authority. */
    int months(long authorityId, DataKind kind, Map<Long, Map<String, Integer>> cache) {
        return cache.computeIfAbsent(authorityId, a -> rules.findByAuthorityId(a).stream()
                .collect(Collectors.toMap(RetentionRule::getKindKey, RetentionRule::getMonths)))
            .getOrDefault(kind.key(), kind.defaultMonths());
    }

    /** For the job: kinds counted from when recorded have one period, the longest any authority set (or the default). */
    int longest(DataKind kind) {
        return Math.max(kind.defaultMonths(), rules.findAll().stream().filter(r -> r.getKindKey().equals(kind.key()))
            .mapToInt(RetentionRule::getMonths).max().orElse(0));
    }
}
