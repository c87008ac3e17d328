package org.centrecpd.casestudies.domain;

/**
 * Where a case study is in its life. Drafts (and those sent back for changes or approved but not
 * yet published) are seen only by their author and the improvement partners overseeing their
 * centres; published ones by their audience; withdrawn ones by nobody but those who could see the
 * draft (their history stays).
 */
public enum CaseStudyStatus {
    DRAFT, CHANGES_REQUESTED, APPROVED, PUBLISHED, WITHDRAWN;

    public boolean isPublished() {
        return this == PUBLISHED;
    }
}
