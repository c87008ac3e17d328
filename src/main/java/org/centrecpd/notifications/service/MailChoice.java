package org.centrecpd.notifications.service;

import org.centrecpd.base.mail.MailKind;

/**
 * One kind of mail on a person's notifications page: whether they get it, and whether policy makes them get it
 * (then the switch is shown on and cannot be turned off).
 */
public record MailChoice(MailKind kind, boolean on, boolean requiredByPolicy) {
}
