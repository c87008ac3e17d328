package org.centrecpd.workshops;

/**
 * A centre's workshops over a stretch of days, for the termly review's pack: sessions it held (not cancelled,
 * started in the stretch), places booked on them, and of those marked on the register, attended and not
 * (no-shows). Read through {@code workshops.service.TermWorkshops}.
 */
public record WorkshopFigures(long sessions, long booked, long attended, long noShows) {
}
