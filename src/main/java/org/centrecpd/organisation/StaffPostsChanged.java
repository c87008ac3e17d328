package org.centrecpd.organisation;

import java.time.LocalDate;
import java.util.List;

/**
 * Published when where people work, or in which job, changes from a day: a move, a change of workplaces or job,
 * a leaver, a staff import (new starters included). Published in the change's transaction; listen with
 * {@code @ApplicationModuleListener}, which receives it only once the change has committed (training applies its
 * assignment rules then). A change dated later takes effect on its day: listeners that work "as at today" also
 * need a daily pass of their own.
 *
 * @param people whose jobs changed; empty when too many to name (an import): anyone may have changed
 * @param from   the day the change takes effect
 */
public record StaffPostsChanged(List<Long> people, LocalDate from) {

    public StaffPostsChanged {
        people = List.copyOf(people);
    }

    /** After a change too large to name everyone (a staff import). */
    public static StaffPostsChanged anyone(LocalDate from) {
        return new StaffPostsChanged(List.of(), from);
    }
}
