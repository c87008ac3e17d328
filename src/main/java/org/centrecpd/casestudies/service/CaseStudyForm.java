package org.centrecpd.casestudies.service;

import java.util.Set;
import org.centrecpd.casestudies.ChildrenAge;
import org.centrecpd.courses.CorePurposeArea;
import org.centrecpd.courses.LeadershipQuality;

/** What an author writes about a piece of practice (the documents are uploaded separately). */
public record CaseStudyForm(String title, String summary, String outcomes, int year, Set<Long> centreIds,
                            Set<CorePurposeArea> areas, Set<LeadershipQuality> qualities, Set<ChildrenAge> ages,
                            String basedOn) {
}
