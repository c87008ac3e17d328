package org.centrecpd.workshops.service;

import org.centrecpd.courses.FacilitatorAccess;
import org.centrecpd.workshops.domain.Facilitating;
import org.springframework.stereotype.Component;

/** Tells the course player who facilitates sessions of a course (and so sees its facilitator material). */
@Component
class FacilitatorMaterialAccess implements FacilitatorAccess {

    private final Facilitating facilitating;

    FacilitatorMaterialAccess(Facilitating facilitating) {
        this.facilitating = facilitating;
    }

    @Override
    public boolean facilitates(long personId, String courseSlug) {
        return facilitating.facilitates(personId, courseSlug);
    }
}
