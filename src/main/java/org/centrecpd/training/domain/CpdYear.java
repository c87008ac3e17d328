package org.centrecpd.training.domain;

import java.math.BigDecimal;

/** CPD in one calendar year: courses completed and hours credited. */
public record CpdYear(Integer year, Long courses, BigDecimal hours) {
}
