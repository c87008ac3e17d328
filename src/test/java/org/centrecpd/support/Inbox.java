package org.centrecpd.support;

import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * The mail a test's SMTP server ({@link TestJvm#smtp()}) received, read as a person's inbox. The app sends mail after
 * the commit, on another thread, so a test waits for what it expects rather than reading at once; every message has one
 * recipient, so a message "to" an address is one copy in GreenMail's mailboxes.
 */
public final class Inbox {

    /** Long enough for a loaded 2-core machine; a passing test waits only as long as the mail takes. */
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    private final GreenMailExtension smtp;

    public Inbox(GreenMailExtension smtp) {
        this.smtp = smtp;
    }

    /** The messages received for {@code address} (any case), oldest first. */
    public List<MimeMessage> to(String address) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> addressedTo(m, address)).toList();
    }

    /** Waits until exactly one message has come for {@code address}, and returns it. */
    public MimeMessage awaitOne(String address) {
        await().atMost(PATIENCE).until(() -> to(address).size() == 1);
        return to(address).getFirst();
    }

    /** Waits until at least {@code n} messages have come for {@code address}, and returns the {@code n}-th (from 1). */
    public MimeMessage awaitMessage(String address, int n) {
        await().atMost(PATIENCE).until(() -> to(address).size() >= n);
        return to(address).get(n - 1);
    }

    /** Waits until at least {@code count} messages have come, to anyone. */
    public void awaitReceived(int count) {
        await().atMost(PATIENCE).until(() -> smtp.getReceivedMessages().length >= count);
    }

    /** The first part of this MIME type that is not an attachment, however deep the nesting; null if there is none. */
    public static String part(Part part, String type) {
        try {
            if (part.isMimeType(type) && part.getFileName() == null) {
                return (String) part.getContent();
            }
            if (part.getContent() instanceof MimeMultipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    String found = part(multipart.getBodyPart(i), type);
                    if (found != null) {
                        return found;
                    }
                }
            }
            return null;
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The plain-text part. */
    public static String text(Part part) {
        return part(part, "text/plain");
    }

    /** The HTML part. */
    public static String html(Part part) {
        return part(part, "text/html");
    }

    private static boolean addressedTo(MimeMessage message, String address) {
        try {
            Address[] recipients = message.getAllRecipients();
            return recipients != null && Arrays.stream(recipients).anyMatch(a -> a.toString().equalsIgnoreCase(address));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
