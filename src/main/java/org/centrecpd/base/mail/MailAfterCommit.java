package org.centrecpd.base.mail;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.centrecpd.base.AfterCommit;

/**
 * Messages about a change, sent once the transaction that makes it has committed (at once outside one):
 * a change that rolls back tells nobody anything, and a mail server that fails is logged and never undoes
 * the change.
 */
public final class MailAfterCommit {

    private static final Logger log = LoggerFactory.getLogger(MailAfterCommit.class);

    private MailAfterCommit() {
    }

    public static void send(MailSender sender, List<Mail> mails) {
        if (mails.isEmpty()) {
            return;
        }
        AfterCommit.run(() -> mails.forEach(mail -> sendOne(sender, mail)));
    }

    private static void sendOne(MailSender sender, Mail mail) {
        try {
            sender.send(mail);
        } catch (RuntimeException e) {
            log.warn("Could not send '{}' to {}: {}", mail.subject(), mail.to(), e.getMessage());
        }
    }
}
