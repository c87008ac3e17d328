package org.centrecpd.support;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * What each test JVM keeps to itself: the SMTP port the app sends mail to (where mail tests start GreenMail)
 * and the folder uploaded files go to. With fixed ones, two test JVMs running at once (Surefire's forks, or
 * two checkouts built side by side) took each other's mail and overwrote each other's files, whose names are
 * database ids that every JVM's fresh database hands out again. Set as system properties when JUnit starts,
 * before any Spring context reads them (src/test/resources/config/application.properties refers to them).
 */
public final class TestJvm implements LauncherSessionListener {

    public static final int SMTP_PORT = freePort();

    static {
        System.setProperty("centrecpd.test.smtp-port", String.valueOf(SMTP_PORT));
        try {
            System.setProperty("centrecpd.test.files-folder", Files.createTempDirectory("centrecpd-test-files").toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An SMTP server on this JVM's port, as a JUnit extension. */
    public static GreenMailExtension smtp() {
        return new GreenMailExtension(new ServerSetup(SMTP_PORT, null, ServerSetup.PROTOCOL_SMTP));
    }

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        // Loading the class sets the properties (above); nothing else to do.
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
