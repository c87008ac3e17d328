package org.centrecpd.courses.service;

import java.math.BigDecimal;

/** The signed-in learner's CPD hours from completed courses: this calendar year and in total. */
public record CpdSummary(int year, BigDecimal thisYear, BigDecimal total) {
}
