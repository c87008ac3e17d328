package org.centrecpd.audit;

import org.centrecpd.support.CentreTest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.centrecpd.demo.DemoLogins;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Sign-ins through Spring Security's own authentication (the provider the sign-in form uses, and the
 * app's event publisher): each success and each refusal is a line, with the e-mail tried and never
 * the password.
 */
@CentreTest
class SignInAuditTest {

    @Autowired
    UserDetailsService accounts;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    AuthenticationEventPublisher publisher;
    @Autowired
    JdbcTemplate jdbc;

    private ProviderManager signIn() {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(accounts);
        provider.setPasswordEncoder(encoder);
        ProviderManager manager = new ProviderManager(provider);
        manager.setAuthenticationEventPublisher(publisher);
        return manager;
    }

    private List<Map<String, Object>> linesAbout(String email) {
        return jdbc.queryForList("select actor, action, subject, detail from audit_event where subject = ? order by id", email);
    }

    @Test
    void aSuccessfulSignInIsRecorded() {
        signIn().authenticate(new UsernamePasswordAuthenticationToken(DemoLogins.PARTNER, DemoLogins.PASSWORD));
        assertThat(linesAbout(DemoLogins.PARTNER)).last().satisfies(l -> {
            assertThat(l).containsEntry("action", "SIGN_IN").containsEntry("actor", DemoLogins.PARTNER);
        });
    }

    @Test
    void aRefusedSignInRecordsTheE_mailTriedAndNeverThePassword() {
        String tried = "  Nobody.Here@Example.org ";
        assertThatThrownBy(() -> signIn().authenticate(new UsernamePasswordAuthenticationToken(tried, "Secret-Guess-123")))
            .isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> signIn().authenticate(new UsernamePasswordAuthenticationToken(DemoLogins.MANAGER, "wrong-guess-456")))
            .isInstanceOf(BadCredentialsException.class);

        assertThat(linesAbout("nobody.here@example.org")).singleElement().satisfies(l -> assertThat(l)
            .containsEntry("action", "SIGN_IN_FAILED").containsEntry("actor", "nobody.here@example.org")
            .containsEntry("detail", "wrong e-mail or password"));
        assertThat(linesAbout(DemoLogins.MANAGER)).last().satisfies(l -> assertThat(l).containsEntry("action", "SIGN_IN_FAILED"));
        assertThat(jdbc.queryForObject("select count(*) from audit_event where detail like '%Guess%' or subject like '%Guess%'"
            + " or detail like '%guess%' or subject like '%guess%'", Long.class)).isZero();
    }
}
