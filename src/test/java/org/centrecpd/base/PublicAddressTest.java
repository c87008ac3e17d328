package org.centrecpd.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.env.MockEnvironment;

/** Links in mail and on certificates point where the app really is (issue 33 §3b). */
@ExtendWith(OutputCaptureExtension.class)
class PublicAddressTest {

    @Test
    void unsetItIsThisServerOnThePortItListensOn() {
        MockEnvironment environment = new MockEnvironment().withProperty("server.port", "0").withProperty("local.server.port", "41234");

        assertThat(new PublicAddress(environment).url()).isEqualTo("http://localhost:41234");
        assertThat(new PublicAddress(new MockEnvironment().withProperty("server.port", "9090")).url()).isEqualTo("http://localhost:9090");
    }

    @Test
    void setItIsUsedWithoutItsTrailingSlash() {
        MockEnvironment environment = new MockEnvironment().withProperty("centrecpd.public-url", "https://cpd.council.example/")
            .withProperty("local.server.port", "41234");

        assertThat(new PublicAddress(environment).url()).isEqualTo("https://cpd.council.example");
    }

    @Test
    void startUpWarnsWhenMailIsOnAndTheAddressIsNotSet(CapturedOutput output) {
        new PublicAddress(new MockEnvironment().withProperty("centrecpd.mail.enabled", "true").withProperty("local.server.port", "8181"))
            .warnWhenMailLeavesWithoutIt();

        assertThat(output).contains("Mail is on but centrecpd.public-url is not set", "http://localhost:8181");
    }

    @Test
    void noWarningWithMailOffOrTheAddressSet(CapturedOutput output) {
        new PublicAddress(new MockEnvironment().withProperty("local.server.port", "8181")).warnWhenMailLeavesWithoutIt();
        new PublicAddress(new MockEnvironment().withProperty("centrecpd.mail.enabled", "true")
            .withProperty("centrecpd.public-url", "https://cpd.council.example")).warnWhenMailLeavesWithoutIt();

        assertThat(output).doesNotContain("centrecpd.public-url is not set");
    }
}
