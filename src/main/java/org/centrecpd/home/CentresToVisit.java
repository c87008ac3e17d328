package org.centrecpd.home;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.centrecpd.reviews.LastReviews;
import org.centrecpd.training.service.RollUp;
import org.springframework.stereotype.Component;

/**
 * The partner's centres in order of need (issue 33 §1): the most training past its date first (overdue assignments
 * and expired certificates), then the most renewals coming due, then, where those are equal, a centre never reviewed
 * before one reviewed long ago, and that before one reviewed lately; then by name. The figures are today's roll-up,
 * the one the partner's cards and the roll-up page show; the last review comes from what the reviews module publishes
 * ({@link LastReviews}), so home reads no table of another module.
 * <p>
 * Sorted here, not in the database: the two halves come from two modules, each one statement over the partner's
 * scope (a few dozen centres), and home may join them only through what each publishes.
 */
@Component
class CentresToVisit {

    /** A centre, its training past date and coming due today, and the day of its last review (null: never reviewed). */
    record Line(long centreId, String centre, long pastDate, long renewalDue, LocalDate lastReview) {
    }

    static final Comparator<Line> BY_NEED = Comparator.comparingLong(Line::pastDate).reversed()
        .thenComparing(Comparator.comparingLong(Line::renewalDue).reversed())
        .thenComparing(Line::lastReview, Comparator.nullsFirst(Comparator.naturalOrder()))
        .thenComparing(Line::centre, String.CASE_INSENSITIVE_ORDER)
        .thenComparingLong(Line::centreId);

    private final LastReviews lastReviews;

    CentresToVisit(LastReviews lastReviews) {
        this.lastReviews = lastReviews;
    }

    /** The first {@code count} centres in scope by need, with figures from {@code today}'s roll-up (a centre without staff has none). */
    List<Line> first(RollUp today, int count) {
        Map<Long, RollUp.Line> figures = CompletionFigures.centres(today.tree()).stream()
            .collect(Collectors.toMap(RollUp.Line::centreId, Function.identity(), (a, b) -> a));
        return lastReviews.inScope().stream()
            .map(r -> {
                RollUp.Line f = figures.get(r.centreId());
                return f == null ? new Line(r.centreId(), r.centre(), 0, 0, r.day())
                    : new Line(r.centreId(), r.centre(), f.overdue() + f.expired(), f.renewalDue(), r.day());
            })
            .sorted(BY_NEED)
            .limit(count)
            .toList();
    }
}
