package org.centrecpd.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.centrecpd.base.RuleViolation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The NCSC-style password rules: length, a deny-list with its usual disguises undone, and no composition rules. */
class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();
    private static final String EMAIL = "amara.osei@ashbrook.example";

    @ParameterizedTest
    @ValueSource(strings = {
        "hazel tractor biscuit",          // three random words, no capitals, digits or symbols: fine
        "lanternpebblewhisk",
        "My cat sleeps on the radiator",
        "7Rq!vX2#pL9z",                   // random characters are fine too
        "847261935018"                    // a random number of twelve digits
    })
    void acceptsLongPasswordsWithoutAskingForCapitalsDigitsOrSymbols(String password) {
        assertThat(policy.problem(password, EMAIL)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "short|password.tooShort",
        "elevenchars|password.tooShort",
        "' '|password.required",
        "Password2026!|password.common",          // a common word with digits and a symbol tacked on
        "P4ssw0rd12345|password.common",          // letter-for-digit swaps
        "qwertyuiop123|password.common",          // keyboard run
        "123456789012|password.common",           // number run
        "aaaaaaaaaaaaaaa|password.common",        // one character
        "abcabcabcabc|password.common",           // a short unit repeated
        "summersummer|password.common",           // a listed word said twice
        "correct horse battery staple|password.common",
        "Liverpool1892!|password.common",
        "childrenscentre1|password.common",       // the sector's own first guesses
        "iloveyou12345|password.common",
        "amaraosei2026!|password.personal",       // the person's own e-mail address
        "MyCentreCPD-login|password.personal"     // this service's name
    })
    void refusesWhatAttackersTryFirstWithTheReason(String password, String reason) {
        assertThat(policy.problem(password, EMAIL)).isEqualTo(Optional.of(reason));
    }

    @Test
    void refusesPasswordsLongerThanBcryptReads() {
        assertThat(policy.problem("long words ".repeat(7), EMAIL)).contains("password.tooLong");
        assertThat(policy.problem("a".repeat(20) + "ü".repeat(40), EMAIL)).as("72 bytes, not 72 characters").contains("password.tooLong");
    }

    @Test
    void theRefusalCarriesTheLimitForTheMessage() {
        assertThatThrownBy(() -> policy.check("too short", EMAIL)).isInstanceOf(RuleViolation.class)
            .satisfies(e -> {
                assertThat(((RuleViolation) e).messageKey()).isEqualTo("password.tooShort");
                assertThat(((RuleViolation) e).arguments()).containsExactly(12);
            });
    }
}
