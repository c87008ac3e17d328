package org.centrecpd.organisation.service;

import java.time.LocalDate;

/** One period of a centre's history: provider and group from one date until another (exclusive). */
public record ArrangementRow(String provider, String group, LocalDate from, LocalDate until, String reason) {
}
