package org.centrecpd.audit;

import org.centrecpd.support.CentreTest;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.centrecpd.demo.DemoLogins;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.logout.LogoutFilter;

/**
 * Sign-outs through the app's own configured logout (the LogoutFilter of its security filter chain,
 * with the handlers the sign-out button runs too): each is a line naming who signed out. The
 * sign-out button itself is covered in a real browser by ImportInviteSignInJourneyBrowserIT.
 */
@CentreTest
class SignOutAuditTest {

    @Autowired
    List<SecurityFilterChain> chains;
    @Autowired
    UserDetailsService accounts;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    private LogoutFilter logout() {
        return chains.stream().flatMap(c -> c.getFilters().stream())
            .filter(LogoutFilter.class::isInstance).map(LogoutFilter.class::cast).findFirst()
            .orElseThrow(() -> new AssertionError("no LogoutFilter in the app's security filter chains"));
    }

    private List<Map<String, Object>> linesAbout(String email) {
        return jdbc.queryForList("select actor, action, subject, detail from audit_event where subject = ? order by id", email);
    }

    @Test
    void aSignOutIsRecordedWithWhoSignedOut() throws Exception {
        UserDetails user = accounts.loadUserByUsername(DemoLogins.PARTNER);
        SecurityContextHolder.getContext().setAuthentication(
            UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        long before = jdbc.queryForObject("select count(*) from audit_event where action = 'SIGN_OUT'", Long.class);

        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/logout");
        request.setServletPath("/logout");
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain rest = new MockFilterChain();
        logout().doFilter(request, response, rest);

        assertThat(rest.getRequest()).as("the logout filter handled the request itself").isNull();
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
        assertThat(linesAbout(DemoLogins.PARTNER)).last().satisfies(l -> assertThat(l)
            .containsEntry("action", "SIGN_OUT").containsEntry("actor", DemoLogins.PARTNER).containsEntry("detail", null));
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'SIGN_OUT'", Long.class)).isEqualTo(before + 1);
    }

    @Test
    void noOneSignedInMeansNoLine() throws Exception {
        long before = jdbc.queryForObject("select count(*) from audit_event where action = 'SIGN_OUT'", Long.class);
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/logout");
        request.setServletPath("/logout");
        logout().doFilter(request, new MockHttpServletResponse(), new MockFilterChain());
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'SIGN_OUT'", Long.class)).isEqualTo(before);
    }
}
