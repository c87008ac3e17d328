package org.centrecpd.courses;

/**
 * A unit of a workshop's course that a learner completes before booking one of its sessions (its course file's
 * {@code bookingRequiresUnits}), as other modules show it: its title and where the learner reads it.
 */
public record PreWorkUnit(String courseSlug, int order, String title) {

    /** The unit's page, relative to the app's root (the unit player's route). */
    public String path() {
        return "courses/" + courseSlug + "/units/" + order;
    }
}
