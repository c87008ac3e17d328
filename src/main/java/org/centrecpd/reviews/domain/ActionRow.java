package org.centrecpd.reviews.domain;

import java.time.LocalDate;

/** An action agreed at a signed-off review, as its owner and their managers follow it up. */
public record ActionRow(long actionId, long reviewId, String centre, String body, long ownerPersonId, String ownerName,
                        LocalDate dueOn, LocalDate doneOn, String doneNote) {

    public boolean isOverdueOn(LocalDate day) {
        return doneOn == null && dueOn.isBefore(day);
    }
}
