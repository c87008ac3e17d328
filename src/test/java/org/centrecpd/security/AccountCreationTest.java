package org.centrecpd.security;

import org.centrecpd.support.CentreTest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.security.RolesAllowed;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Accounts are not made from the UI except by an admin: every public method of AccountService (which
 * the admin screens inject) checks the role, and the demo's way in refuses anyone signed in.
 */
@CentreTest
class AccountCreationTest {

    @Autowired
    DemoAccounts demoAccounts;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyPublicMethodOfTheAccountServiceChecksTheRole() {
        assertThat(Arrays.stream(AccountService.class.getDeclaredMethods())
            .filter(m -> Modifier.isPublic(m.getModifiers()) && !m.isSynthetic())
            // Spring Security's own sign-in calls this one; it reads an account and creates nothing.
            .filter(m -> !m.getName().equals("loadUserByUsername"))
            .filter(m -> !m.isAnnotationPresent(RolesAllowed.class))
            .map(Method::getName))
            .as("public AccountService methods without @RolesAllowed").isEmpty();
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void theDemoSeedingsWayInRefusesASignedInCaller() {
        assertThatThrownBy(() -> demoAccounts.createIfAbsent("minted@council.example", "a long enough password",
            Role.ADMIN, null, "Minted"))
            .isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.queryForObject("select count(*) from user_account where username = 'minted@council.example'",
            Long.class)).isZero();
    }
}
