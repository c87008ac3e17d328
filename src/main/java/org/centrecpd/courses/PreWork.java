package org.centrecpd.courses;

import java.util.List;

/**
 * The units a workshop asks a learner to complete before booking one of its sessions, for the module that books
 * them. A unit counts as done as the unit player shows it: completed in its present content (a unit rewritten in a
 * later version is to be done again, as for finishing the course).
 * <p>
 * The caller decides who may ask about whom (the person themself, or someone whose scope covers them).
 */
public interface PreWork {

    /**
     * The units of the published course {@code courseSlug} that {@code personId} has still to complete before booking,
     * in course order: empty when the course asks for none, or all are done.
     */
    List<PreWorkUnit> missing(long personId, String courseSlug);
}
