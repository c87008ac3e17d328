package org.centrecpd.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.centrecpd.demo.DemoLogins;
import org.centrecpd.support.CentreTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Login CSRF: a form on another site that posts someone's browser to /login with the attacker's e-mail and
 * password must not sign that browser in (the victim would then write their reflections into the attacker's
 * account). Without the sign-in page's CSRF token the POST is refused before any password is checked.
 */
@CentreTest
class LoginCsrfTest {

    @Autowired
    WebApplicationContext context;
    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
    }

    @Test
    void aCrossSitePostToTheSignInWithoutTheTokenIsRefused() throws Exception {
        mvc.perform(post("/login").header("Origin", "https://attacker.example").header("Sec-Fetch-Site", "cross-site")
                .param("username", DemoLogins.PRACTITIONER).param("password", DemoLogins.PASSWORD))
            .andExpect(status().isForbidden()).andExpect(unauthenticated());
        mvc.perform(post("/login").param("username", DemoLogins.PRACTITIONER).param("password", DemoLogins.PASSWORD)
                .with(csrf().useInvalidToken()))
            .andExpect(status().isForbidden()).andExpect(unauthenticated());
    }

    @Test
    void theSignInPagesOwnPostWithItsTokenSignsIn() throws Exception {
        mvc.perform(post("/login").param("username", DemoLogins.PRACTITIONER).param("password", DemoLogins.PASSWORD).with(csrf()))
            .andExpect(authenticated());
    }
}
