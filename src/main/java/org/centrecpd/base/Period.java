package org.centrecpd.base;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The one way the application says "from this day until that day": who ran a centre, where a
 * person worked, what a partner oversaw, and later when training was due. {@code validTo} is
 * exclusive (the day the next period starts) and null while the period is open, so two periods
 * that follow each other share a date and never a day.
 * <p>
 * In queries, the same rule is the {@code in_force(from, to, day)} function (see
 * {@link PeriodFunctions}, which also renders it for plain SQL); in Java it is {@link #contains(LocalDate)}.
 * Nothing else spells the condition out (ModuleStructureTest keeps it so).
 */
@Embeddable
public record Period(
    @Column(name = "valid_from", nullable = false) LocalDate validFrom,
    @Column(name = "valid_to") LocalDate validTo) {

    public Period {
        Objects.requireNonNull(validFrom, "a period starts on a day");
        if (validTo != null && validTo.isBefore(validFrom)) {
            throw new IllegalArgumentException("A period cannot end (" + validTo + ") before it starts (" + validFrom + ")");
        }
    }

    /** Open-ended: from {@code day} until further notice. */
    public static Period from(LocalDate day) {
        return new Period(day, null);
    }

    public boolean isOpen() {
        return validTo == null;
    }

    public boolean contains(LocalDate day) {
        return !validFrom.isAfter(day) && (validTo == null || validTo.isAfter(day));
    }

    /** Not over on {@code day}: in force then, or still to start ({@code not_ended} in queries). */
    public boolean notEndedOn(LocalDate day) {
        return validTo == null || validTo.isAfter(day);
    }

    /** True when some day lies in both periods. */
    public boolean overlaps(Period other) {
        boolean thisStartsBeforeOtherEnds = other.validTo == null || validFrom.isBefore(other.validTo);
        boolean otherStartsBeforeThisEnds = validTo == null || other.validFrom.isBefore(validTo);
        return thisStartsBeforeOtherEnds && otherStartsBeforeThisEnds && !isEmpty() && !other.isEmpty();
    }

    /** This period, ended on {@code day} (exclusive). */
    public Period endingOn(LocalDate day) {
        return new Period(validFrom, day);
    }

    private boolean isEmpty() {
        return validTo != null && !validTo.isAfter(validFrom);
    }
}
