package org.centrecpd.workshops.service;

import org.centrecpd.workshops.domain.SessionRow;
import org.centrecpd.workshops.domain.PersonChoice;
import org.centrecpd.workshops.domain.MyBooking;
import java.util.List;

/**
 * A session's page for the signed-in user.
 *
 * @param mine          my booking on it, if any
 * @param canOrganise   may change and cancel it (a partner overseeing its centre, or an admin)
 * @param canRegister   may mark attendance (a facilitator, or an organiser)
 * @param canBookOthers may book staff onto it (a centre manager, or an organiser)
 */
public record SessionDetails(SessionRow session, List<PersonChoice> facilitators, MyBooking mine, boolean canOrganise,
                             boolean canRegister, boolean canBookOthers, boolean canBookSelf) {
}
