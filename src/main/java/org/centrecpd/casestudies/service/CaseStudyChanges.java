package org.centrecpd.casestudies.service;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.centrecpd.base.NotFoundException;
import org.centrecpd.casestudies.domain.CaseStudy;
import org.centrecpd.casestudies.domain.CaseStudyChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * How a change to a case study is made, whoever makes it: one at a time, and announced once made
 * ({@link CaseStudyChanged}), so that search follows it.
 */
@Component
class CaseStudyChanges {

    private final EntityManager entityManager;
    private final ApplicationEventPublisher events;

    CaseStudyChanges(EntityManager entityManager, ApplicationEventPublisher events) {
        this.entityManager = entityManager;
        this.events = events;
    }

    /**
     * Changes to one case study are made one at a time. Several documents dropped together arrive at the same
     * moment, and a partner may approve a draft while its author adds a document: each change waits here for
     * the one before it to commit, then carries on from what it saved, rather than failing on the case study's
     * version with no message a user could act on. (The version still guards an edit made from a form that
     * was opened before another change: {@code CaseStudyService#update}.) Called once the asker's permission
     * was checked, so that nobody may hold up a case study they may not change; the caller checks its status again.
     */
    CaseStudy oneAtATime(CaseStudy checked) {
        long id = checked.getId();
        // Read again as it is now, locked in the same statement. Not refreshed in place: a refresh would load its
        // documents too, and a document taken off by a query stays in a list loaded before it.
        entityManager.detach(checked);
        CaseStudy now = entityManager.find(CaseStudy.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (now == null) {
            throw new NotFoundException("Case study " + id); // deleted meanwhile
        }
        return now;
    }

    /** What search shows of it has changed: indexed again once the change has committed. */
    void made(CaseStudy study) {
        events.publishEvent(new CaseStudyChanged(study.getId()));
    }
}
