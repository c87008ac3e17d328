package org.centrecpd.base.mail;

import java.util.List;
import java.util.Objects;

/**
 * One e-mail to one person: the same message as plain text and as HTML (mail clients show one of
 * them), and any files attached (e.g. a calendar invite).
 */
public record Mail(String to, String subject, String text, String html, List<Attachment> attachments) {

    public Mail {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    public Mail(String to, String subject, String text, String html) {
        this(to, subject, text, html, List.of());
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
