package org.centrecpd.training.service;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.centrecpd.training.domain.CpdYear;

/** CPD hours per year: course completions and verified external evidence, added up (each counted once). */
final class EvidenceHours {

    private EvidenceHours() {
    }

    /** @param external rows of year, pieces, hours ({@code EvidenceRepository#verifiedHoursPerYear}) */
    static List<CpdYear> years(List<CpdYear> courses, List<Object[]> external) {
        Map<Integer, CpdYear> byYear = new TreeMap<>(Comparator.reverseOrder());
        courses.forEach(y -> byYear.put(y.year(), y));
        for (Object[] row : external) {
            int year = ((Number) row[0]).intValue();
            long pieces = ((Number) row[1]).longValue();
            BigDecimal hours = (BigDecimal) row[2];
            byYear.put(year, byYear.getOrDefault(year, new CpdYear(year, 0L, BigDecimal.ZERO)).plusExternal(pieces, hours));
        }
        return new ArrayList<>(byYear.values());
    }
}
