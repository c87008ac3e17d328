package org.centrecpd.workshops.service;

import jakarta.annotation.security.RolesAllowed;
import org.centrecpd.base.RuleViolation;
import org.centrecpd.security.Role;
import org.centrecpd.workshops.domain.WorkshopSession;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A session's booking rules, set by its organisers: how many hours before the start booking and cancelling close,
 * whether a practitioner's booking waits for their manager's approval, and how long a place offered from the
 * waitlist is held. An id outside the user's scope answers "not found".
 */
@Service
@Transactional(readOnly = true)
public class SessionRules {

    private final Places places;
    private final WorkshopPolicy policy;

    SessionRules(Places places, WorkshopPolicy policy) {
        this.places = places;
        this.policy = policy;
    }

    /** The session's booking rules, for its organisers' form. */
    @RolesAllowed({Role.IMPROVEMENT_PARTNER_NAME, Role.ADMIN_NAME})
    public BookingRules of(long sessionId) {
        WorkshopSession session = policy.requireOrganising(sessionId);
        return new BookingRules(session.getBookingClosesHours(), session.getCancelClosesHours(), session.isApprovalRequired(),
            session.getOfferHours());
    }

    /** Sets the session's booking cut-offs and whether practitioners' bookings wait for their manager's approval. */
    @Transactional
    @RolesAllowed({Role.IMPROVEMENT_PARTNER_NAME, Role.ADMIN_NAME})
    public void set(long sessionId, BookingRules rules) {
        policy.requireOrganiser(policy.visible(sessionId).centreId());
        for (Integer hours : new Integer[] {rules.bookingClosesHours(), rules.cancelClosesHours()}) {
            if (hours != null && (hours < 0 || hours > BookingRules.MAX_HOURS)) {
                throw new RuleViolation("workshops.rules.hours", BookingRules.MAX_HOURS);
            }
        }
        if (rules.offerHours() != null && (rules.offerHours() < 1 || rules.offerHours() > BookingRules.MAX_OFFER_HOURS)) {
            throw new RuleViolation("workshops.rules.offerHours", BookingRules.MAX_OFFER_HOURS);
        }
        WorkshopSession session = places.lock(sessionId);
        // Under the session's lock, as every change of its places is: a booking made meanwhile reads the new rules.
        session.setRules(rules.bookingClosesHours(), rules.cancelClosesHours(), rules.approvalRequired(), rules.offerHours());
    }
}
