package org.centrecpd.workshops.service;

/**
 * A session's booking rules, as its organiser sets them.
 *
 * @param bookingClosesHours hours before the start when booking closes (null: until it starts)
 * @param cancelClosesHours  hours before the start after which the person booked can no longer cancel themself
 *                           (null: until it starts); their manager still can
 * @param approvalRequired   a practitioner's own booking waits for their manager's approval
 * @param offerHours         a place that comes free is offered to the first person waiting, held this many hours for
 *                           them to confirm, then passed to the next (null: given at once)
 */
public record BookingRules(Integer bookingClosesHours, Integer cancelClosesHours, boolean approvalRequired, Integer offerHours) {

    /** About three months: a cut-off further out than that is a typing mistake. */
    public static final int MAX_HOURS = 2160;
    /** Two weeks: the longest a place from the waitlist is held for someone to confirm. */
    public static final int MAX_OFFER_HOURS = 336;

    public BookingRules(Integer bookingClosesHours, Integer cancelClosesHours, boolean approvalRequired) {
        this(bookingClosesHours, cancelClosesHours, approvalRequired, null);
    }
}
