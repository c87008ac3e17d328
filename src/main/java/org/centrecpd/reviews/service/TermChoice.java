package org.centrecpd.reviews.service;

import org.centrecpd.reviews.Season;

/** A term of a school year (the year its autumn starts), as chosen in the lists. */
public record TermChoice(int schoolYear, Season season) {

    /** The term before this one. */
    public TermChoice previous() {
        return season == Season.AUTUMN ? new TermChoice(schoolYear - 1, Season.SUMMER)
            : new TermChoice(schoolYear, Season.values()[season.ordinal() - 1]);
    }
}
