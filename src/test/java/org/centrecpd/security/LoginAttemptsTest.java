package org.centrecpd.security;

import org.centrecpd.support.CentreTest;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** Password guessing is braked: five wrong passwords pause that sign-in, even for the right password. */
@CentreTest
class LoginAttemptsTest {

    private static final String USER = "guessed@council.example";
    private static final String PASSWORD = "the right password";

    @Autowired
    WebApplicationContext context;
    @Autowired
    AccountService accounts;
    MockMvc mvc;

    @BeforeEach
    void setUp() {
        accounts.createIfAbsent(USER, PASSWORD, Role.PRACTITIONER, null, "Guessed Person");
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
    }

    @Test
    void fiveWrongPasswordsPauseTheSignInAndOthersAreUnaffected() throws Exception {
        mvc.perform(formLogin("/login").user(USER).password(PASSWORD)).andExpect(authenticated());
        for (int i = 0; i < LoginAttempts.MAX_FAILURES; i++) {
            mvc.perform(formLogin("/login").user(USER).password("guess " + i)).andExpect(unauthenticated());
        }
        mvc.perform(formLogin("/login").user(USER).password(PASSWORD)).andExpect(unauthenticated());
        mvc.perform(formLogin("/login").user(USER.toUpperCase()).password(PASSWORD)).andExpect(unauthenticated());
        mvc.perform(formLogin("/login").user("admin@demo.centrecpd.example").password("demo-cpd-2026")).andExpect(authenticated());
    }
}
