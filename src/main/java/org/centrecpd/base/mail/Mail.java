package org.centrecpd.base.mail;

import java.util.List;
import java.util.Objects;

/**
 * One e-mail to one person: the same message as plain text and as HTML (mail clients show one of
 * them), and any files attached (e.g. a calendar invite). Its {@link MailKind} says whether the person may
 * have switched it off, and {@code link} (the page it is about, if any) is what the notice in the app opens.
 */
public record Mail(String to, String subject, String text, String html, List<Attachment> attachments, MailKind kind, String link) {

    public Mail {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
        kind = kind == null ? MailKind.SERVICE : kind;
    }

    public Mail(String to, String subject, String text, String html, List<Attachment> attachments) {
        this(to, subject, text, html, attachments, MailKind.SERVICE, null);
    }

    public Mail(String to, String subject, String text, String html) {
        this(to, subject, text, html, List.of());
    }

    /** The same message, of this kind, about the page at {@code link} (an absolute URL, or null). */
    public Mail about(MailKind what, String pageLink) {
        return new Mail(to, subject, text, html, attachments, what, pageLink);
    }

    /** A file sent with the message. */
    public record Attachment(String fileName, String contentType, byte[] content) {

        public Attachment {
            Objects.requireNonNull(fileName, "fileName");
            Objects.requireNonNull(contentType, "contentType");
            content = content.clone();
        }

        @Override
        public byte[] content() {
            return content.clone();
        }
    }
}
