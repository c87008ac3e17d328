package org.centrecpd.training.service;

import org.centrecpd.training.domain.CentreTotals;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Completion as at a day, per centre (counted by the database, one row per centre) and added up
 * for each group, provider and local authority those centres were under on that day.
 */
public record RollUp(LocalDate asAt, List<CentreTotals> centres) {

    /** One line of the roll-up at any level. */
    /** {@code completed} counts valid certifications, renewal due included; {@code renewalDue} and {@code expired} as their statuses. */
    public record Line(Level level, String name, Long centreId, long staff, long assigned, long completed, long overdue,
                       long renewalDue, long expired, List<Line> children) {

        /** Whole per cent of assignments completed; 0 when nothing is assigned. */
        public int percentComplete() {
            return assigned == 0 ? 0 : (int) Math.floor(100.0 * completed / assigned);
        }
    }

    public enum Level { LOCAL_AUTHORITY, PROVIDER, GROUP, CENTRE }

    /** Local authorities, each with its providers, groups and centres, in that order. */
    public List<Line> tree() {
        return group(centres, Level.LOCAL_AUTHORITY);
    }

    private static List<Line> group(List<CentreTotals> rows, Level level) {
        if (level == Level.CENTRE) {
            return rows.stream().map(c -> new Line(Level.CENTRE, c.centre(), c.centreId(), c.staff(), c.assigned(),
                c.completed(), c.overdue(), c.renewalDue(), c.expired(), List.of())).toList();
        }
        Function<CentreTotals, String> key = switch (level) {
            case LOCAL_AUTHORITY -> CentreTotals::localAuthority;
            case PROVIDER -> CentreTotals::provider;
            case GROUP -> CentreTotals::group;
            case CENTRE -> throw new IllegalStateException();
        };
        Map<String, List<CentreTotals>> byKey = new LinkedHashMap<>();
        for (CentreTotals row : rows) {
            byKey.computeIfAbsent(Objects.toString(key.apply(row), ""), k -> new ArrayList<>()).add(row);
        }
        Level next = Level.values()[level.ordinal() + 1];
        List<Line> lines = new ArrayList<>();
        byKey.forEach((name, members) -> lines.add(new Line(level, name, null,
            members.stream().mapToLong(CentreTotals::staff).sum(), members.stream().mapToLong(CentreTotals::assigned).sum(),
            members.stream().mapToLong(CentreTotals::completed).sum(), members.stream().mapToLong(CentreTotals::overdue).sum(),
            members.stream().mapToLong(CentreTotals::renewalDue).sum(), members.stream().mapToLong(CentreTotals::expired).sum(),
            group(members, next))));
        return lines;
    }

    /** The totals of one local authority (by name), or zeros. */
    public Line authority(String name) {
        return tree().stream().filter(l -> l.name().equals(name)).findFirst()
            .orElse(new Line(Level.LOCAL_AUTHORITY, name, null, 0, 0, 0, 0, 0, 0, List.of()));
    }
}
