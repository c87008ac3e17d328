package org.centrecpd.organisation.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.centrecpd.organisation.domain.Centre;

/**
 * The centres an import may name, found by their reference (an Ofsted URN) or, failing that, by
 * name, ignoring case. A name two authorities both use needs the reference.
 */
final class CentreIndex {

    private final Map<String, List<Centre>> byReference = new HashMap<>();
    private final Map<String, List<Centre>> byName = new HashMap<>();

    CentreIndex(List<Centre> centres) {
        centres.forEach(this::add);
    }

    void add(Centre c) {
        if (c.getReference() != null) {
            byReference.computeIfAbsent(key(c.getReference()), k -> new ArrayList<>()).add(c);
        }
        byName.computeIfAbsent(key(c.getName()), k -> new ArrayList<>()).add(c);
    }

    /** The one centre the cell names, or null with a problem added (unknown, or ambiguous). */
    Centre resolve(int row, String column, String cell, List<ImportProblem> problems) {
        if (cell.isBlank()) {
            problems.add(ImportProblem.of(row, column, "import.cell.required"));
            return null;
        }
        List<Centre> found = byReference.getOrDefault(key(cell), List.of());
        if (found.isEmpty()) {
            found = byName.getOrDefault(key(cell), List.of());
        }
        if (found.size() == 1) {
            return found.getFirst();
        }
        problems.add(ImportProblem.of(row, column, found.isEmpty() ? "import.centre.unknown" : "import.centre.ambiguous", cell));
        return null;
    }

    private static String key(String text) {
        return text.strip().toLowerCase(Locale.ROOT);
    }
}
