package org.centrecpd.courses;

/**
 * Whether a person runs sessions of a course, so the player shows them its facilitator material.
 * Implemented by the module that runs sessions (workshops); courses only asks. Improvement partners
 * and admins see facilitator material anyway.
 */
public interface FacilitatorAccess {

    boolean facilitates(long personId, String courseSlug);
}
