package org.centrecpd.journal;

import org.centrecpd.support.CentreTest;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.dependency.JavaScript;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.centrecpd.demo.DemoLogins;
import org.centrecpd.journal.ui.EntryEditor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.access.WebInvocationPrivilegeEvaluator;

/**
 * The editor's offline copy runs in a script of its own: a static file (so no Node.js build), which
 * the security rules must let through, since with Vaadin's configurer any path not declared is
 * refused, signed in or not. (The browser journey, which needs Chromium, is the only other check.)
 */
@CentreTest
class JournalScriptTest {

    @Autowired
    WebInvocationPrivilegeEvaluator privileges;
    @Autowired
    UserDetailsService users;

    @Test
    void theEditorsBackupScriptIsAStaticFileThatASignedInPersonMayFetch() throws IOException {
        String url = EntryEditor.class.getAnnotation(JavaScript.class).value();
        assertThat(url).startsWith("context://");
        String path = url.substring("context:/".length());
        try (InputStream script = getClass().getResourceAsStream("/META-INF/resources" + path)) {
            assertThat(script).as("META-INF/resources" + path).isNotNull();
            assertThat(new String(script.readAllBytes(), StandardCharsets.UTF_8)).contains("window.centreCpd.entryBackup");
        }

        UserDetails practitioner = users.loadUserByUsername(DemoLogins.PRACTITIONER);
        assertThat(privileges.isAllowed(path,
            UsernamePasswordAuthenticationToken.authenticated(practitioner, null, practitioner.getAuthorities())))
            .as("security.SecurityConfiguration lets a signed-in person fetch " + path).isTrue();
    }
}
