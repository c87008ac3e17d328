package org.centrecpd.security;

import com.vaadin.flow.server.auth.AccessCheckDecision;
import com.vaadin.flow.server.auth.AccessCheckDecisionResolver;
import com.vaadin.flow.server.auth.AccessCheckResult;
import com.vaadin.flow.server.auth.AnnotatedViewAccessChecker;
import com.vaadin.flow.server.auth.NavigationContext;
import com.vaadin.flow.server.auth.NavigationAccessChecker;
import com.vaadin.flow.server.auth.RoutePathAccessChecker;
import com.vaadin.flow.spring.security.NavigationAccessControlConfigurer;
import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.boot.web.servlet.ServletListenerRegistrationBean;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;

/**
 * Vaadin's Spring Security integration: view access from each view's annotations, plus method
 * security so that every service method checks the role again (a hidden menu item is not a check).
 * Every request of a signed-in session is checked by {@link SessionGuard} (a leaver's session ends at
 * once); single sign-on ({@link SsoSignIn}) is added only when the deployment configures it.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, AccountService accounts, SignInSettings settings, SignInThrottle throttle,
                                            SessionRegistry sessionRegistry,
                                            ObjectProvider<ClientRegistrationRepository> clients, RequestUtil vaadinRequests,
                                            @Value("${centrecpd.sso.verified-claim:email_verified}") String verifiedClaim) throws Exception {
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/styles/**", "/images/**", "/scripts/**").permitAll()
            // The app's icon and manifest: the sign-in page shows the icon, and browsers fetch the manifest without cookies.
            .requestMatchers("/favicon.ico", "/icons/**", "/manifest.webmanifest").permitAll()
            // Load balancers and monitoring do not sign in; the health endpoint is the only actuator endpoint there is.
            .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
            // Pictures and downloads of courses (courses.ui.CourseFileController): signed-in people only.
            .requestMatchers("/course-files/**").authenticated()
            // Case-study documents (casestudies.ui.CaseStudyFileController): signed-in people; the service checks who may see which.
            .requestMatchers("/case-study-files/**").authenticated()
            // Briefing documents (briefings.ui.BriefingFileController): signed-in people; the service checks who may read which.
            .requestMatchers("/briefing-files/**").authenticated()
            // A requested copy of someone's data (privacy.ui.CopyController): signed in; the service checks it is theirs or an admin's.
            .requestMatchers("/privacy/copies/**").authenticated()
            // The copy offered to a leaver, who can no longer sign in: the e-mailed link is the proof, like a password reset.
            .requestMatchers("/privacy/leaver-copy/**").permitAll()
            // A person's calendar subscription (notifications.ui.CalendarFeedController): calendar apps do not sign in;
            // the secret token in the address is the proof, and a revoked or unknown one answers 404.
            .requestMatchers("/calendar/*").permitAll());
        http.addFilterAfter(new SessionGuard(accounts), SecurityContextHolderFilter.class);
        http.addFilterBefore(new SignInDoor(throttle), UsernamePasswordAuthenticationFilter.class);
        // Any number of sessions at once, each known to the registry so that a person can see and end the others
        // (SignedInSessions); an ended session's next request goes to the sign-in page.
        http.sessionManagement(sessions -> sessions.maximumSessions(-1).sessionRegistry(sessionRegistry).expiredUrl("/login"));
        if (settings.sso()) {
            ClientRegistrationRepository registrations = clients.getIfAvailable();
            if (registrations == null || registrations.findByRegistrationId(SignInSettings.SSO_REGISTRATION) == null) {
                throw new IllegalStateException("centrecpd.sso.enabled=true needs an OpenID Connect client named '"
                    + SignInSettings.SSO_REGISTRATION + "': set spring.security.oauth2.client.registration."
                    + SignInSettings.SSO_REGISTRATION + ".client-id, .client-secret, .scope=openid,email,profile and "
                    + "spring.security.oauth2.client.provider." + SignInSettings.SSO_REGISTRATION + ".issuer-uri (see README)");
            }
            SsoSignIn sso = new SsoSignIn(accounts, verifiedClaim);
            http.oauth2Login(login -> login.loginPage("/login")
                .userInfoEndpoint(info -> info.oidcUserService(sso))
                .successHandler(sso)
                .failureHandler(sso));
        }
        // Vaadin's configurer exempts the login form's POST from the CSRF check; then a page on any site can sign a
        // visitor into the attacker's account (login CSRF), where they go on to write private reflections. Only
        // Vaadin's own requests are exempt here (they carry Vaadin's own token); vaadin-login-form sends Spring's
        // token from the page's _csrf meta tags.
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)
            .enableCsrfConfiguration(false)).build();
    }

    /**
     * No observations of sign-ins, secured method calls or requests. Nothing reads them: the actuator
     * exposes health only, and no tracer or metrics registry is configured, so they were recorded where
     * no one could see them, at a cost on every secured call (about 1% of a case-study search,
     * CaseStudySearchBenchmark's profile). A deployment that adds tracing or the metrics endpoint turns
     * them on by replacing this bean with {@code SecurityObservationSettings.withDefaults().build()}.
     */
    @Bean
    static SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    /**
     * View access: each view's annotations, plus every {@link NavigationAccessChecker} a module
     * declares as a bean for rules the annotations cannot say (the journal's "line-manages someone
     * today" for supervision). Vaadin applies the same checks to the menu, so they cannot disagree.
     */
    @Bean
    static NavigationAccessControlConfigurer navigationAccessControlConfigurer() {
        return new NavigationAccessControlConfigurer().withAnnotatedViewAccessChecker()
            .withAvailableNavigationAccessCheckers(c -> !(c instanceof AnnotatedViewAccessChecker)
                && !(c instanceof RoutePathAccessChecker))
            .withDecisionResolver(new AnyRefusalRefuses());
    }

    /**
     * A view opens when a checker allows it and none refuses; a checker with no say (neutral) is not
     * counted. Vaadin's default resolver treats "allowed by the annotation, denied by a narrower
     * rule" as a configuration mistake; here it is the point of the narrower rule, and the answer
     * is "not found", as for any other view the user may not open.
     */
    static final class AnyRefusalRefuses implements AccessCheckDecisionResolver {

        @Override
        public AccessCheckResult resolve(List<AccessCheckResult> results, NavigationContext context) {
            return results.stream().filter(r -> r.decision() == AccessCheckDecision.REJECT).findFirst()
                .or(() -> results.stream().filter(r -> r.decision() == AccessCheckDecision.DENY).findFirst())
                .or(() -> results.stream().filter(r -> r.decision() == AccessCheckDecision.ALLOW).findFirst())
                .orElseGet(() -> context.deny("No access rule allows this view"));
        }
    }

    /** The sessions of this node, by person: registered at each sign-in, told of each session's end by the listener below. */
    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    /** Tells the session registry when the servlet container ends a session (timeout, sign-out). */
    @Bean
    static ServletListenerRegistrationBean<HttpSessionEventPublisher> sessionEvents() {
        return new ServletListenerRegistrationBean<>(new HttpSessionEventPublisher());
    }

    /** Delegating encoder: hashes are stored with their algorithm id ({bcrypt}…), so it can change later. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
