package org.centrecpd.courses.domain;

import java.math.BigDecimal;

/** A person's CPD hours from completed courses: since a date, and in total. */
public record CpdHours(BigDecimal since, BigDecimal total) {
}
