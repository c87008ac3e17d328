package org.centrecpd.casestudies.service;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.centrecpd.casestudies.domain.CaseStudyStatus;

/**
 * A writer's or reviewer's own case studies that are not in the library: those in progress (a draft, changes
 * asked for, approved), and apart from them those withdrawn, each list last changed first.
 */
public record MyCaseStudies(List<CaseStudyCard> inProgress, List<CaseStudyCard> withdrawn) {

    /** The states listed: everything but published (published ones are found in the library). */
    static final Set<CaseStudyStatus> LISTED = EnumSet.complementOf(EnumSet.of(CaseStudyStatus.PUBLISHED));
}
