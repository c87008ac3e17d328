package org.centrecpd.notifications.service;

import org.centrecpd.base.mail.MailKind;
import org.centrecpd.security.Role;

/**
 * Mail a person must get whatever they choose. Actions agreed at a termly review are the centre's commitments, and
 * their centre manager answers for them to the authority: a centre manager cannot switch off their reminders
 * (the authority's policy; the page says so). Everything else is the person's choice.
 */
final class MailPolicy {

    private MailPolicy() {
    }

    static boolean required(MailKind kind, Role role) {
        return kind == MailKind.REVIEWS && role == Role.CENTRE_MANAGER;
    }
}
