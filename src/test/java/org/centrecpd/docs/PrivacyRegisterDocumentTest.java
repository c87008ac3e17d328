package org.centrecpd.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.centrecpd.privacy.service.PrivacyRegister;
import org.centrecpd.support.CentreTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * {@code docs/privacy-register.md} is the register the code holds (every module's kinds of personal data, as the
 * retention job applies them), so the document a data protection officer reads cannot drift from what happens. With
 * {@code -Ddocs.refresh=true} it writes the file instead (then commit it).
 */
@CentreTest
class PrivacyRegisterDocumentTest {

    static final Path REGISTER = Path.of("docs", "privacy-register.md");

    @Autowired
    PrivacyRegister register;

    @Test
    void theCommittedRegisterIsWhatTheCodeSays() throws IOException {
        String now = register.markdown();
        if (Boolean.getBoolean("docs.refresh")) {
            Files.writeString(REGISTER, now);
            return;
        }
        assertThat(REGISTER).as("refresh with ./mvnw test -Dtest=PrivacyRegisterDocumentTest -Ddocs.refresh=true").exists();
        assertThat(Files.readString(REGISTER)).as("docs/privacy-register.md is not what the code says; refresh it with "
            + "./mvnw test -Dtest=PrivacyRegisterDocumentTest -Ddocs.refresh=true").isEqualTo(now);
        assertThat(now).contains("Your journal", "Legal obligation", "months after leaving");
    }
}
