package org.centrecpd.home;

import java.util.List;
import org.centrecpd.training.service.RollUp;

/**
 * The roll-up added up over everything in scope on one day: the headline a manager's and a partner's home show.
 * Counted from the roll-up's own lines, so it is the figure the roll-up page shows for the same day.
 */
record CompletionFigures(long centres, long assigned, long completed, long overdue, long renewalDue, long expired) {

    static CompletionFigures of(RollUp day) {
        List<RollUp.Line> top = day.tree();
        return new CompletionFigures(centres(top).size(), top.stream().mapToLong(RollUp.Line::assigned).sum(),
            top.stream().mapToLong(RollUp.Line::completed).sum(), top.stream().mapToLong(RollUp.Line::overdue).sum(),
            top.stream().mapToLong(RollUp.Line::renewalDue).sum(), top.stream().mapToLong(RollUp.Line::expired).sum());
    }

    /** The centre lines under these lines. */
    static List<RollUp.Line> centres(List<RollUp.Line> lines) {
        return lines.stream().flatMap(l -> l.level() == RollUp.Level.CENTRE ? java.util.stream.Stream.of(l) : centres(l.children()).stream())
            .toList();
    }

    /** Whole per cent of assignments completed, as the roll-up rounds it; 0 when nothing is assigned. */
    int percent() {
        return assigned == 0 ? 0 : (int) Math.floor(100.0 * completed / assigned);
    }
}
