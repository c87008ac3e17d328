package org.centrecpd.workshops.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A session as lists show it. Times are UK local times.
 *
 * @param venueCentre the centre it is held at, if held at a centre
 * @param waiting     how many people are on the waitlist
 */
public record SessionRow(long id, String courseSlug, String courseTitle, long centreId, String centreName, LocalDateTime startsAt,
                         LocalDateTime endsAt, String venueCentre, String venueAddress, String onlineLink, int capacity, int booked,
                         long waiting, LocalDate cancelledOn, String cancelReason, String notes) {

    public int placesLeft() {
        return Math.max(0, capacity - booked);
    }

    public boolean cancelled() {
        return cancelledOn != null;
    }

    /** Where it happens, in words: the centre, the address or the link. */
    public String venue() {
        if (venueCentre != null) {
            return venueAddress == null ? venueCentre : venueCentre + ", " + venueAddress;
        }
        return venueAddress != null ? venueAddress : onlineLink;
    }
}
