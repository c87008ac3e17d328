package org.centrecpd.base.mail;

/**
 * The product's one way to send e-mail (reminders now; journal and workshops later). With
 * {@code centrecpd.mail.enabled=true} it sends through the SMTP server given by Spring Boot's
 * {@code spring.mail.*} settings; otherwise (the default, and the demo) it writes each message to
 * the log instead, so nothing leaves the machine by accident.
 */
public interface MailSender {

    void send(Mail mail);
}
