package org.centrecpd.courses.files;

import java.io.ByteArrayOutputStream;
import java.util.Optional;
import java.util.Set;
import org.centrecpd.courses.CourseCertification;

/**
 * The two certification fields of course.yml ({@code validityMonths}, {@code renewalWindowDays}). They say how
 * managers usually assign the course, not what it teaches, so their lines are left out of the fingerprint: adding
 * or changing them updates the course's defaults without making a new version for learners.
 */
final class CertificationFields {

    static final String VALIDITY = "validityMonths";
    static final String WINDOW = "renewalWindowDays";
    static final Set<String> NAMES = Set.of(VALIDITY, WINDOW);
    /** A month is at least 28 days: a window that long would already be open on the day of completion. */
    private static final int SHORTEST_MONTH_DAYS = 28;

    private CertificationFields() {
    }

    static CourseCertification read(YamlFields f) {
        Integer months = number(f, VALIDITY, 1, CourseCertification.MAX_VALIDITY_MONTHS, "months").orElse(null);
        Integer days = number(f, WINDOW, 0, CourseCertification.MAX_RENEWAL_WINDOW_DAYS, "days").orElse(null);
        if (days != null && !f.has(VALIDITY)) {
            f.problem(f.lineOf(WINDOW), "'" + WINDOW + "' (when the renewal window opens) needs '" + VALIDITY
                + "' (how long a completion counts); add it, or leave both out for a course taken once");
            return CourseCertification.NONE;
        }
        if (days != null && months != null && days >= months * SHORTEST_MONTH_DAYS) {
            f.problem(f.lineOf(WINDOW), "'" + WINDOW + "' is " + days + " days, but a completion counts for only "
                + months + (months == 1 ? " month" : " months") + ": the window would be open from the day of completion;"
                + " make it shorter than " + months * SHORTEST_MONTH_DAYS + " days");
            return CourseCertification.NONE;
        }
        return new CourseCertification(months, days);
    }

    private static Optional<Integer> number(YamlFields f, String key, int min, int max, String unit) {
        return f.text(key, false).flatMap(text -> {
            try {
                int v = Integer.parseInt(text);
                if (v >= min && v <= max) {
                    return Optional.of(v);
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            f.problem(f.lineOf(key), "'" + key + "' must be a whole number of " + unit + " from " + min + " to " + max
                + ", not '" + text + "'");
            return Optional.empty();
        });
    }

    /** The course file's bytes without the lines of the certification fields (each a single line when valid). */
    static byte[] withoutTheirLines(byte[] bytes, YamlFields f) {
        Set<Integer> skip = new java.util.HashSet<>();
        NAMES.stream().filter(f::has).forEach(name -> skip.add(f.lineOf(name)));
        if (skip.isEmpty()) {
            return bytes;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length);
        int line = 1;
        int start = 0;
        for (int i = 0; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == '\n') {
                int end = Math.min(i + 1, bytes.length);
                if (!skip.contains(line)) {
                    out.write(bytes, start, end - start);
                }
                start = end;
                line++;
            }
        }
        return out.toByteArray();
    }
}
