package org.centrecpd.reviews.service;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.centrecpd.organisation.service.AccessScope;
import org.centrecpd.reviews.ReviewStatus;
import org.centrecpd.reviews.Season;
import org.centrecpd.reviews.domain.DueRow;
import org.centrecpd.reviews.domain.ReviewRepository;
import org.centrecpd.reviews.domain.ReviewRow;
import org.centrecpd.security.CurrentUser;
import org.centrecpd.security.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which reviews fall due and which can be opened: the partner's list of centres to review in a term (following
 * each authority's frequency), the admin's counts per provider and group, and the reviews a reader may open.
 */
@Service
@Transactional(readOnly = true)
public class ReviewLists {

    private final AccessScope scope;
    private final CurrentUser currentUser;
    private final ReviewRepository reviews;
    private final ReviewAccess access;
    private final TermCalendar calendar;
    private final Clock clock;

    ReviewLists(AccessScope scope, CurrentUser currentUser, ReviewRepository reviews, ReviewAccess access, TermCalendar calendar,
                Clock clock) {
        this.scope = scope;
        this.currentUser = currentUser;
        this.reviews = reviews;
        this.access = access;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** The term today falls in (by the English defaults), for the lists' first choice. */
    public TermChoice currentTerm() {
        LocalDate today = LocalDate.now(clock);
        return new TermChoice(Season.schoolYearOf(today), Season.of(today));
    }

    /**
     * The centres whose review falls in the term: a partner's, those they oversee; an admin's, every centre.
     * Each with its review's state, overdue once the term is over and it is not signed off.
     */
    @Transactional
    @RolesAllowed({Role.IMPROVEMENT_PARTNER_NAME, Role.ADMIN_NAME})
    public List<DueLine> due(TermChoice term) {
        calendar.ensureDefaults(term.schoolYear());
        LocalDate today = LocalDate.now(clock);
        boolean partner = currentUser.require().role() == Role.IMPROVEMENT_PARTNER;
        List<DueRow> rows = reviews.due(scope.centres(), partner, term.schoolYear(), term.season(),
            term.season().reviewedAtFrequencies());
        return rows.stream().map(r -> {
            LocalDate lastDay = r.termEnds().minusDays(1);
            boolean signed = r.status() != null && r.status().isSignedOff();
            return new DueLine(r.centreId(), r.centre(), r.authority(), r.provider(), r.group(), r.termId(), lastDay, r.reviewId(),
                r.status(), r.partner(), !signed && lastDay.isBefore(today));
        }).toList();
    }

    /** {@link #due} counted per provider and per group (as the centres are run today), for the admin's overview. */
    @Transactional
    @RolesAllowed({Role.IMPROVEMENT_PARTNER_NAME, Role.ADMIN_NAME})
    public List<DueCount> dueCounts(TermChoice term) {
        List<DueLine> lines = due(term);
        List<DueCount> counts = new ArrayList<>();
        counts.addAll(count("provider", lines, l -> l.authority() + " / " + (l.provider() == null ? "—" : l.provider())));
        counts.addAll(count("group", lines, l -> l.authority() + " / " + (l.group() == null ? "—" : l.group())));
        return counts;
    }

    private static List<DueCount> count(String level, List<DueLine> lines, Function<DueLine, String> key) {
        Map<String, List<DueLine>> by = new LinkedHashMap<>();
        lines.forEach(l -> by.computeIfAbsent(key.apply(l), k -> new ArrayList<>()).add(l));
        return by.entrySet().stream().map(e -> {
            List<DueLine> ls = e.getValue();
            return new DueCount(level, e.getKey(), ls.size(), ls.stream().filter(l -> l.status() == null).count(),
                ls.stream().filter(l -> l.status() == ReviewStatus.DRAFT).count(),
                ls.stream().filter(l -> l.status() == ReviewStatus.SHARED).count(),
                ls.stream().filter(l -> l.status() != null && l.status().isSignedOff()).count(),
                ls.stream().filter(DueLine::overdue).count());
        }).toList();
    }

    /** Reviews of the centres in scope that the reader may open: a manager's once shared; an admin's all. */
    @RolesAllowed({Role.CENTRE_MANAGER_NAME, Role.IMPROVEMENT_PARTNER_NAME, Role.ADMIN_NAME})
    public List<ReviewRow> listed() {
        return reviews.listed(scope.centres(), access.listable());
    }
}
