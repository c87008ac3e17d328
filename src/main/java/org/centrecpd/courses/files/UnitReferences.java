package org.centrecpd.courses.files;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.centrecpd.courses.CourseKind;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * What a course's units say about one another, checked once every unit file is read: each unit its own order, each
 * self-assessment compared only with an earlier one on the same scale, and a workshop's pre-work naming its own units.
 * Every problem is collected with its file and line, like the rest of {@link CourseReading}.
 */
final class UnitReferences {

    private UnitReferences() {
    }

    /** Each unit needs its own order: the player and the catalogue list units by it. */
    static void orders(String name, List<UnitFileParser.Parsed> units, List<ImportProblem> problems) {
        Map<Integer, String> orders = new HashMap<>();
        for (UnitFileParser.Parsed unit : units) {
            String earlier = orders.putIfAbsent(unit.unit().order(), unit.unit().fileName());
            if (earlier != null) {
                problems.add(new ImportProblem(name + "/" + unit.unit().fileName(), unit.orderLine(), "order "
                    + unit.unit().order() + " is already used by " + earlier + "; each unit needs its own order"));
            }
        }
    }

    /** A self-assessment compared with an earlier one: that one must exist, come earlier and use the same scale. */
    static void comparisons(String name, List<UnitFileParser.Parsed> units, List<ImportProblem> problems) {
        Map<String, UnitSource> byFile = new HashMap<>();
        units.forEach(u -> byFile.put(u.unit().fileName(), u.unit()));
        for (UnitFileParser.Parsed parsed : units) {
            UnitSource unit = parsed.unit();
            String path = name + "/" + unit.fileName();
            for (PartSource part : unit.parts()) {
                if (!(part instanceof PartSource.Rating rating) || rating.compareWith() == null) {
                    continue;
                }
                UnitSource earlier = byFile.get(rating.compareUnit());
                if (earlier == null) {
                    problems.add(new ImportProblem(path, rating.compareLine(), "the self-assessment '" + rating.id()
                        + "' compares with '" + rating.compareWith() + "', but '" + rating.compareUnit()
                        + "' is not a unit of this course"));
                    continue;
                }
                if (earlier.order() >= unit.order()) {
                    problems.add(new ImportProblem(path, rating.compareLine(), "the self-assessment '" + rating.id()
                        + "' can only compare with a self-assessment in an earlier unit; '" + rating.compareUnit()
                        + "' does not come before this one"));
                    continue;
                }
                Optional<PartSource.Rating> target = earlier.parts().stream()
                    .filter(p -> p instanceof PartSource.Rating r && r.id().equals(rating.compareId()))
                    .map(PartSource.Rating.class::cast).findFirst();
                if (target.isEmpty()) {
                    problems.add(new ImportProblem(path, rating.compareLine(), "the self-assessment '" + rating.id()
                        + "' compares with '" + rating.compareWith() + "', but " + rating.compareUnit()
                        + " has no self-assessment with the id '" + rating.compareId() + "'"));
                } else if (target.get().scale() != rating.scale()) {
                    problems.add(new ImportProblem(path, rating.compareLine(), "the self-assessment '" + rating.id()
                        + "' uses the scale '" + rating.scale().id() + "' but compares with one that uses '"
                        + target.get().scale().id() + "'; both must use the same scale"));
                }
            }
        }
    }

    /**
     * The units named under {@code bookingRequiresUnits}: a workshop's own units (as listed under {@code units}), none
     * of them one that opens only after attending (it could never be done before booking).
     */
    static Set<String> preWork(YamlFields f, CourseKind kind, List<ScalarNode> items, List<String> unitFiles,
                                       List<UnitFileParser.Parsed> units) {
        if (items.isEmpty()) {
            return Set.of();
        }
        if (kind != null && kind != CourseKind.WORKSHOP) {
            f.problem(f.lineOf(CourseReading.PRE_WORK), "only a workshop has sessions to book; remove '" + CourseReading.PRE_WORK
                + "' or make the course's kind 'workshop'");
            return Set.of();
        }
        Set<String> afterAttending = new HashSet<>();
        units.stream().filter(u -> u.unit().requiresAttendance()).forEach(u -> afterAttending.add(u.unit().fileName()));
        Set<String> named = new LinkedHashSet<>();
        for (ScalarNode item : items) {
            String file = item.getValue().strip();
            if (!unitFiles.contains(file)) {
                f.problem(item, "'" + file + "' in " + CourseReading.PRE_WORK + " is not a unit of this course; name a file listed under units");
            } else if (afterAttending.contains(file)) {
                f.problem(item, "'" + file + "' opens only after attending a session (requiresAttendance), so it cannot be"
                    + " required before booking one");
            } else if (!named.add(file)) {
                f.problem(item, "'" + file + "' is listed twice in " + CourseReading.PRE_WORK);
            }
        }
        return Set.copyOf(named);
    }
}
