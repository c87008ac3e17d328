package org.centrecpd.workshops.domain;

import java.math.BigDecimal;

/** A published workshop course that sessions can be run for. */
public record CourseChoice(long id, String slug, String title, BigDecimal cpdHours) {
}
