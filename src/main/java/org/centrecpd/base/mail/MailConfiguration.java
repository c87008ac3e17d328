package org.centrecpd.base.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

@Configuration(proxyBeanMethods = false)
class MailConfiguration {

    private static final Logger log = LoggerFactory.getLogger(MailConfiguration.class);

    /**
     * The one sender: asks the person's choice ({@link MailPreferences}, if a module answers) before a message of a
     * switchable kind, lists it in their notices in the app, and hands it to SMTP (or the log).
     */
    @Bean
    MailSender productMailSender(@Value("${centrecpd.mail.enabled:false}") boolean enabled,
                          @Value("${centrecpd.mail.from:Centre CPD <no-reply@centrecpd.example>}") String from,
                          @Value("${centrecpd.public-url:http://localhost:8080}") String publicUrl,
                          ObjectProvider<JavaMailSender> smtp, ObjectProvider<MailPreferences> preferences) {
        MailSender transport = transport(enabled, from, MessageIds.domainOf(publicUrl), smtp);
        return mail -> {
            MailPreferences chosen = mail.kind().switchable() ? preferences.getIfAvailable() : null;
            if (chosen == null) {
                transport.send(mail);
                return;
            }
            // Listed in the app whether or not the mail goes: switching a kind of mail off keeps the notice.
            chosen.noticed(mail.to(), mail);
            if (chosen.wants(mail.to(), mail.kind())) {
                transport.send(mail);
            } else {
                log.debug("Not sent ({} switched off by its recipient): {}", mail.kind(), mail.subject());
            }
        };
    }

    private static MailSender transport(boolean enabled, String from, String messageIdDomain, ObjectProvider<JavaMailSender> smtp) {
        if (!enabled) {
            log.info("Mail is off (centrecpd.mail.enabled=false): messages are written to the log, not sent");
            return mail -> log.info("Mail (not sent, mail is off) to {}: {}\n{}{}", mail.to(), mail.subject(), mail.text(),
                mail.attachments().isEmpty() ? "" : "\n(attached: " + String.join(", ",
                    mail.attachments().stream().map(Mail.Attachment::fileName).toList()) + ")");
        }
        JavaMailSender sender = smtp.getIfAvailable();
        if (sender == null) {
            throw new IllegalStateException("centrecpd.mail.enabled=true needs an SMTP server: set spring.mail.host (and port, username, password)");
        }
        return mail -> {
            MimeMessage message = sender.createMimeMessage();
            try {
                boolean multipart = mail.html() != null || !mail.attachments().isEmpty();
                MimeMessageHelper helper = new MimeMessageHelper(message, multipart, StandardCharsets.UTF_8.name());
                helper.setFrom(from);
                // Spring keeps a Message-ID set before sending; Jakarta Mail's own would end in the machine's name.
                message.setHeader("Message-ID", MessageIds.next(messageIdDomain));
                helper.setTo(mail.to());
                helper.setSubject(mail.subject());
                if (mail.html() != null) {
                    helper.setText(mail.text(), mail.html());
                } else {
                    helper.setText(mail.text());
                }
                for (Mail.Attachment file : mail.attachments()) {
                    helper.addAttachment(file.fileName(), new ByteArrayResource(file.content()), file.contentType());
                }
            } catch (MessagingException e) {
                throw new MailPreparationException(e);
            }
            sender.send(message);
        };
    }
}
