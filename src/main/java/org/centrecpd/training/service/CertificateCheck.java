package org.centrecpd.training.service;

import java.time.LocalDate;

/**
 * What the public verification page may say about a certificate: no more than the name, the course, the dates
 * and the issuer, and whether it is valid, expired or withdrawn on the day asked. Nothing else of the person (no
 * centre, no hours, no ids) is in it, so the page cannot show it.
 *
 * @param validUntil the certification's last valid day; null for a course taken once (valid without end)
 */
public record CertificateCheck(String code, String personName, String courseTitle, LocalDate completedOn, LocalDate validUntil,
                               LocalDate issuedOn, LocalDate withdrawnOn, String issuer, State state) {

    public enum State { VALID, EXPIRED, WITHDRAWN }

    /** The state on {@code day}: withdrawn wins; then expired once the valid-until day has passed. */
    static State state(LocalDate validUntil, LocalDate withdrawnOn, LocalDate day) {
        if (withdrawnOn != null && !withdrawnOn.isAfter(day)) {
            return State.WITHDRAWN;
        }
        return validUntil != null && validUntil.isBefore(day) ? State.EXPIRED : State.VALID;
    }
}
