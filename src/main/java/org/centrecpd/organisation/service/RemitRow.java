package org.centrecpd.organisation.service;

import java.time.LocalDate;

/** One part of an improvement partner's remit: a whole authority, or one centre group. */
public record RemitRow(String name, boolean wholeAuthority, LocalDate from, LocalDate until) {
}
