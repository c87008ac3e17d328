package org.centrecpd.casestudies.service;

import org.centrecpd.casestudies.domain.CaseStudyStatus;

/** A case study in a list: enough to recognise it and open it. */
public record CaseStudyCard(long id, String title, int year, CaseStudyStatus status, String author) {
}
