package org.centrecpd.training.domain;

import java.math.BigDecimal;

/** CPD in one calendar year: courses completed, hours credited (courses and verified external evidence), external pieces counted. */
public record CpdYear(Integer year, Long courses, BigDecimal hours, long external) {

    /** A year of course completions only (as the query counts them). */
    public CpdYear(Integer year, Long courses, BigDecimal hours) {
        this(year, courses, hours, 0);
    }

    /** This year with verified external evidence added: {@code pieces} more, {@code extra} hours. */
    public CpdYear plusExternal(long pieces, BigDecimal extra) {
        return new CpdYear(year, courses, hours.add(extra), external + pieces);
    }
}
