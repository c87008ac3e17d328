package org.centrecpd.courses.service;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.centrecpd.courses.files.ImportProblem;
import org.centrecpd.courses.files.TimeEstimate;

/**
 * What an import of the courses folder did.
 *
 * @param courses    valid courses in the folder (new, changed and unchanged)
 * @param units      units of those courses
 * @param questions  reflective questions and knowledge checks of those courses
 * @param newVersions courses that became a new version (including first imports)
 * @param problems   everything wrong, each with file and line; the courses concerned were skipped
 * @param estimates  how long each valid course takes, by the fingerprint of its files, to show authors beside the hours claimed
 */
public record ImportReport(LocalDateTime at, int courses, int units, int questions, int newVersions, int unchanged,
                           List<ImportProblem> problems, long millis, Map<String, TimeEstimate> estimates) {

    public String summary() {
        return "Imported " + courses + " courses (" + units + " units) in " + millis + " ms; " + problems.size() + " problems";
    }
}
