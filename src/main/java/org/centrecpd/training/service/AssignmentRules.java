package org.centrecpd.training.service;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.centrecpd.audit.AuditAction;
import org.centrecpd.audit.AuditEvent;
import org.centrecpd.base.NotFoundException;
import org.centrecpd.base.RuleViolation;
import org.centrecpd.organisation.JobRole;
import org.centrecpd.organisation.service.AccessScope;
import org.centrecpd.organisation.service.CentreScope;
import org.centrecpd.security.Role;
import org.centrecpd.training.domain.AssignmentRepository;
import org.centrecpd.training.domain.AssignmentRule;
import org.centrecpd.training.domain.AssignmentRuleRepository;
import org.centrecpd.training.domain.PlaceChoice;
import org.centrecpd.training.domain.RuleAudienceLine;
import org.centrecpd.training.domain.RuleReach;
import org.centrecpd.training.domain.RuleRow;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rules that assign: made, changed and ended by managers, partners and admins over places in their scope (every
 * place named must lie wholly in it; a rule of another scope answers "not found" on every path), applied at once
 * and then kept applied by {@link RuleApplier}. Making, changing and ending a rule are audited.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed({Role.CENTRE_MANAGER_NAME, Role.IMPROVEMENT_PARTNER_NAME, Role.ADMIN_NAME})
public class AssignmentRules {

    private final AccessScope scope;
    private final AssignmentRuleRepository rules;
    private final AssignmentRepository assignments;
    private final RuleApplier applier;
    private final org.centrecpd.training.domain.RuleAudienceRepository audience;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AssignmentRules(AccessScope scope, AssignmentRuleRepository rules, AssignmentRepository assignments, RuleApplier applier,
                    org.centrecpd.training.domain.RuleAudienceRepository audience, ApplicationEventPublisher events, Clock clock) {
        this.audience = audience;
        this.scope = scope;
        this.rules = rules;
        this.assignments = assignments;
        this.applier = applier;
        this.events = events;
        this.clock = clock;
    }

    /** The places a rule of mine may name: those wholly in my scope today. */
    public record Places(List<PlaceChoice> centres, List<PlaceChoice> groups, List<PlaceChoice> providers, List<PlaceChoice> authorities) {
    }

    /** A rule's page: what it is, whom it covers, and everyone it reached. */
    public record RulePage(RuleRow rule, RuleForm form, List<String> places, List<RuleReach> reached) {
    }

    public Places places() {
        CentreScope mine = scope.centres();
        return new Places(choices(rules.centreChoices(mine)), choices(rules.groupChoices(mine)), choices(rules.providerChoices(mine)),
            choices(rules.authorityChoices(mine)));
    }

    public List<RuleRow> rules() {
        return rules.rows(scope.centres());
    }

    public RulePage page(long id) {
        requireVisible(id);
        AssignmentRule rule = rules.findById(id).orElseThrow();
        List<String> places = rules.placeNames(id).stream().map(r -> (String) r[2]).toList();
        return new RulePage(rules.row(id), form(rule), places, rules.reach(id, LocalDate.now(clock)));
    }

    /**
     * Makes a rule and applies it: everyone in its audience today is assigned (those who already have the course
     * open keep theirs). Refused as "not found" if it names a place not wholly in my scope.
     *
     * @return the new rule's id
     */
    @Transactional
    public long create(RuleForm form) {
        check(form);
        if (!assignments.coursePublished(form.courseId())) {
            throw new NotFoundException("Course " + form.courseId());
        }
        AssignmentRule rule = new AssignmentRule(form.courseId(), LocalDate.now(clock), scope.centres().accountId());
        rule.setTerms(form.dueDays(), form.required(), form.refreshMonths(), form.renewalWindowDays());
        rules.saveAndFlush(rule);
        writeAudience(rule.getId(), form);
        requireVisible(rule.getId());
        RuleApplier.Applied applied = applier.apply(rule, List.of());
        events.publishEvent(new AuditEvent(AuditAction.ASSIGNMENT_RULE_CREATED, subject(rule.getId()),
            describe(form) + "; assigned " + applied.assigned()));
        return rule.getId();
    }

    /** Changes a rule's audience and terms (not its course), then applies it: newcomers assigned, leavers let go. */
    @Transactional
    public void change(long id, RuleForm form) {
        check(form);
        requireVisible(id);
        AssignmentRule rule = rules.findById(id).orElseThrow();
        if (rule.isEnded()) {
            throw new RuleViolation("training.rule.ended");
        }
        if (rule.getCourseId() != form.courseId()) {
            throw new RuleViolation("training.rule.courseFixed");
        }
        String before = describe(form(rule));
        rule.setTerms(form.dueDays(), form.required(), form.refreshMonths(), form.renewalWindowDays());
        rules.clearAudience(id);
        writeAudience(id, form);
        requireVisible(id);
        RuleApplier.Applied applied = applier.apply(rule, List.of());
        events.publishEvent(new AuditEvent(AuditAction.ASSIGNMENT_RULE_CHANGED, subject(id), before + " → " + describe(form)
            + "; assigned " + applied.assigned() + ", let go " + applied.left()));
    }

    /** Ends a rule today: nobody new is assigned by it; what it assigned stays. */
    @Transactional
    public void end(long id) {
        requireVisible(id);
        AssignmentRule rule = rules.findById(id).orElseThrow();
        rule.end(LocalDate.now(clock), scope.centres().accountId());
        events.publishEvent(new AuditEvent(AuditAction.ASSIGNMENT_RULE_ENDED, subject(id), "ended " + rule.getEndedOn()));
    }

    private void requireVisible(long id) {
        if (!rules.visible(scope.centres(), id)) {
            throw new NotFoundException("Rule " + id);
        }
    }

    private static void check(RuleForm form) {
        if (form.namesNoPlace()) {
            throw new RuleViolation("training.rule.noPlace");
        }
        if (form.dueDays() < 0 || form.dueDays() > RuleForm.MAX_DUE_DAYS) {
            throw new RuleViolation("training.rule.dueDaysRange", RuleForm.MAX_DUE_DAYS);
        }
        Integer months = form.refreshMonths();
        if (months != null && (months < 1 || months > AssignmentService.MAX_REFRESH_MONTHS)) {
            throw new RuleViolation("training.assign.refreshRange", AssignmentService.MAX_REFRESH_MONTHS);
        }
        if (form.renewalWindowDays() < 0 || form.renewalWindowDays() > AssignmentService.MAX_RENEWAL_WINDOW_DAYS) {
            throw new RuleViolation("training.assign.renewalWindowRange", AssignmentService.MAX_RENEWAL_WINDOW_DAYS);
        }
    }

    private void writeAudience(long id, RuleForm form) {
        List<RuleAudienceLine> lines = new ArrayList<>();
        form.centres().forEach(t -> lines.add(RuleAudienceLine.place(id, RuleAudienceLine.CENTRE, t)));
        form.groups().forEach(t -> lines.add(RuleAudienceLine.place(id, RuleAudienceLine.GROUP, t)));
        form.providers().forEach(t -> lines.add(RuleAudienceLine.place(id, RuleAudienceLine.PROVIDER, t)));
        form.authorities().forEach(t -> lines.add(RuleAudienceLine.place(id, RuleAudienceLine.AUTHORITY, t)));
        form.roles().forEach(r -> lines.add(RuleAudienceLine.role(id, r)));
        audience.saveAllAndFlush(lines);
    }

    private RuleForm form(AssignmentRule rule) {
        List<RuleAudienceLine> lines = rules.audience(rule.getId());
        return new RuleForm(rule.getCourseId(), ids(lines, RuleAudienceLine.CENTRE), ids(lines, RuleAudienceLine.GROUP),
            ids(lines, RuleAudienceLine.PROVIDER), ids(lines, RuleAudienceLine.AUTHORITY),
            lines.stream().filter(l -> l.getJobRole() != null).map(RuleAudienceLine::getJobRole).collect(Collectors.toSet()),
            rule.getDueDays(), rule.isRequired(), rule.getRefreshMonths(), rule.getRenewalWindowDays());
    }

    private static java.util.Set<Long> ids(List<RuleAudienceLine> lines, String kind) {
        return lines.stream().filter(l -> kind.equals(l.getKind())).map(RuleAudienceLine::getTargetId).collect(Collectors.toSet());
    }

    private String subject(long id) {
        RuleRow row = rules.row(id);
        return "Rule " + id + " (" + row.courseTitle() + ")";
    }

    private static String describe(RuleForm form) {
        return "centres " + form.centres() + ", groups " + form.groups() + ", providers " + form.providers() + ", authorities "
            + form.authorities() + ", roles " + form.roles().stream().map(JobRole::id).sorted().toList() + ", due " + form.dueDays()
            + " days after joining, " + (form.required() ? "required" : "recommended")
            + (form.refreshMonths() == null ? "" : ", every " + form.refreshMonths() + " months");
    }

    private static List<PlaceChoice> choices(List<Object[]> rows) {
        return rows.stream().map(r -> new PlaceChoice((Long) r[0], (String) r[1])).toList();
    }
}
