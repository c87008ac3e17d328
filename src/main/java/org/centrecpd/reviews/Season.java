package org.centrecpd.reviews;

import java.time.LocalDate;
import java.time.Month;
import java.util.Set;

/**
 * The three terms of the English school year. The defaults are contiguous (each runs to the day the next
 * begins), so that no joiner, leaver or course falls between two packs: autumn from 1 September, spring
 * from 1 January, summer from 1 April (around Easter). An admin sets an authority's own dates.
 */
public enum Season {
    AUTUMN, SPRING, SUMMER;

    /** The default first day of this term in the school year that starts in September of {@code schoolYear}. */
    public LocalDate defaultStart(int schoolYear) {
        return switch (this) {
            case AUTUMN -> LocalDate.of(schoolYear, Month.SEPTEMBER, 1);
            case SPRING -> LocalDate.of(schoolYear + 1, Month.JANUARY, 1);
            case SUMMER -> LocalDate.of(schoolYear + 1, Month.APRIL, 1);
        };
    }

    /** The default day after the term (exclusive end): the next term's first day. */
    public LocalDate defaultEnd(int schoolYear) {
        return this == SUMMER ? AUTUMN.defaultStart(schoolYear + 1) : values()[ordinal() + 1].defaultStart(schoolYear);
    }

    /** The school year (the calendar year its autumn term starts in) that {@code day} falls in by the defaults. */
    public static int schoolYearOf(LocalDate day) {
        return day.getMonthValue() >= Month.SEPTEMBER.getValue() ? day.getYear() : day.getYear() - 1;
    }

    /** The term that {@code day} falls in by the defaults. */
    public static Season of(LocalDate day) {
        int month = day.getMonthValue();
        return month >= 9 ? AUTUMN : month <= 3 ? SPRING : SUMMER;
    }

    /**
     * With how many reviews a year a centre is reviewed in this term: every term (3) always; twice a year (2)
     * in autumn and summer; once a year (1) in summer, at the end of the school year.
     */
    public Set<Integer> reviewedAtFrequencies() {
        return switch (this) {
            case AUTUMN -> Set.of(3, 2);
            case SPRING -> Set.of(3);
            case SUMMER -> Set.of(3, 2, 1);
        };
    }

    /** Translation key. */
    public String key() {
        return "reviews.season." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
