package org.centrecpd.base.mail;

import java.util.Objects;

/** One e-mail to one person: the same message as plain text and as HTML (mail clients show one of them). */
public record Mail(String to, String subject, String text, String html) {

    public Mail {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
    }
}
