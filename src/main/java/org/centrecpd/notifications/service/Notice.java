package org.centrecpd.notifications.service;

import java.time.LocalDateTime;
import org.centrecpd.base.mail.MailKind;

/** One notice in a person's list: what a message said (its subject), the page it is about, and whether it was read. */
public record Notice(long id, MailKind kind, String subject, String link, LocalDateTime createdAt, boolean read) {
}
