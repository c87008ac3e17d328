package org.centrecpd.training.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.centrecpd.organisation.StaffPostsChanged;
import org.centrecpd.training.domain.AssignmentRule;
import org.centrecpd.training.domain.CompletionStamps;
import org.centrecpd.training.domain.RuleApplication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps every live rule's assignments in step with its audience: when the organisation says people's jobs changed
 * (after the change commits: a move, a new job, a leaver, a staff import) and every morning (changes dated
 * later take effect on their day; and it mends anything a failed delivery missed). Each rule costs a few
 * statements whatever the number of people ({@link RuleApplication}); no one is signed in.
 */
@Component
public class RuleApplier {

    private static final Logger log = LoggerFactory.getLogger(RuleApplier.class);
    private static final LocalDate EVER = LocalDate.of(1900, 1, 1);
    private static final Set<Long> NOBODY = Set.of(-1L);

    private final RuleApplication rules;
    private final CompletionStamps stamps;
    private final Clock clock;

    RuleApplier(RuleApplication rules, CompletionStamps stamps, Clock clock) {
        this.rules = rules;
        this.stamps = stamps;
        this.clock = clock;
    }

    /** What one application did: people assigned, claims ended (left the audience), claims taken back (returned). */
    public record Applied(int assigned, int left, int returned) {
        Applied plus(Applied other) {
            return new Applied(assigned + other.assigned, left + other.left, returned + other.returned);
        }
    }

    @ApplicationModuleListener
    void on(StaffPostsChanged changed) {
        Applied applied = applyAll(changed.people());
        log.debug("Rules after a change of jobs from {}: {}", changed.from(), applied);
    }

    /** The morning pass, on one app node at a time. */
    @Scheduled(cron = "${centrecpd.rules.cron:0 40 6 * * *}", zone = "Europe/London")
    @SchedulerLock(name = "assignment-rules", lockAtLeastFor = "PT1M")
    @Transactional
    public void daily() {
        Applied applied = applyAll(List.of());
        log.info("Assignment rules applied for {}: {}", LocalDate.now(clock), applied);
    }

    /** Applies every live rule to these people (none named: everyone), today. */
    @Transactional
    public Applied applyAll(Collection<Long> people) {
        Applied total = new Applied(0, 0, 0);
        for (AssignmentRule rule : rules.live()) {
            total = total.plus(apply(rule, people));
        }
        return total;
    }

    /** Applies one live rule to everyone in its audience, today (an ended rule: nothing). */
    @Transactional
    public Applied apply(long ruleId) {
        AssignmentRule rule = rules.rule(ruleId);
        return rule == null || rule.isEnded() ? new Applied(0, 0, 0) : apply(rule, List.of());
    }

    /** Applies one rule to these people (none named: everyone in its audience), today. */
    @Transactional
    public Applied apply(AssignmentRule rule, Collection<Long> people) {
        LocalDate today = LocalDate.now(clock);
        boolean everyone = people.isEmpty();
        Collection<Long> named = everyone ? NOBODY : people;
        long id = rule.getId();
        int left = rules.endClaims(id, today, everyone, named);
        int returned = rules.reclaim(id, today, everyone, named);
        int assigned;
        Integer months = rule.getRefreshMonths();
        if (months == null) {
            assigned = rules.assignOnce(id, rule.getCourseId(), rule.getDueDays(), rule.isRequired(), rule.getCreatedOn(), today, EVER,
                everyone, named);
        } else {
            // A completion counts if its certification is still valid today (as AssignmentService#assign).
            assigned = rules.assignRecurring(id, rule.getCourseId(), rule.getDueDays(), rule.isRequired(), months,
                rule.getRenewalWindowDays(), rule.getCreatedOn(), today, today.minusMonths(months), everyone, named);
            if (assigned > 0) {
                stamps.recordPeriods(rule.getCourseId(), -1);
            }
        }
        return new Applied(assigned, left, returned);
    }
}
