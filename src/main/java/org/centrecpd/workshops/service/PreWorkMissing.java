package org.centrecpd.workshops.service;

import java.util.List;
import java.util.stream.Collectors;
import org.centrecpd.base.RuleViolation;
import org.centrecpd.courses.PreWorkUnit;

/**
 * A booking refused because the person has not completed the units the workshop asks for before booking (its course
 * file's {@code bookingRequiresUnits}). Carries the units, so the page can link to each. A manager booking their staff
 * is told the same and may book anyway by saying so ({@link BookingService#book(long, long, boolean)}).
 */
public class PreWorkMissing extends RuleViolation {

    private final transient List<PreWorkUnit> units;
    private final boolean staff;

    private PreWorkMissing(String key, List<PreWorkUnit> units, boolean staff, Object... arguments) {
        super(key, arguments);
        this.units = List.copyOf(units);
        this.staff = staff;
    }

    /** I am booking myself: the units are mine to do first. */
    static PreWorkMissing mine(List<PreWorkUnit> units) {
        return new PreWorkMissing("workshops.preWork.missing", units, false, units.size(), titles(units));
    }

    /** I am booking a member of staff: they have the units still to do; I may book anyway. */
    static PreWorkMissing ofStaff(String name, List<PreWorkUnit> units) {
        return new PreWorkMissing("workshops.preWork.staffMissing", units, true, name, units.size(), titles(units));
    }

    public List<PreWorkUnit> units() {
        return units;
    }

    /** The booking was for someone else, and may be made anyway by the person booking. */
    public boolean mayBookAnyway() {
        return staff;
    }

    private static String titles(List<PreWorkUnit> units) {
        return units.stream().map(PreWorkUnit::title).collect(Collectors.joining("; "));
    }
}
