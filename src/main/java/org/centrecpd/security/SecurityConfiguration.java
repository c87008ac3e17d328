package org.centrecpd.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Vaadin's Spring Security integration: view access from each view's annotations, plus method
 * security so that every service method checks the role again (a hidden menu item is not a check).
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/styles/**", "/images/**").permitAll()
            // The app's icon and manifest: the sign-in page shows the icon, and browsers fetch the manifest without cookies.
            .requestMatchers("/favicon.ico", "/icons/**", "/manifest.webmanifest").permitAll()
            // Load balancers and monitoring do not sign in; the health endpoint is the only actuator endpoint there is.
            .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
            // Pictures and downloads of courses (courses.ui.CourseFileController): signed-in people only.
            .requestMatchers("/course-files/**").authenticated()
            // Case-study documents (casestudies.ui.CaseStudyFileController): signed-in people; the service checks who may see which.
            .requestMatchers("/case-study-files/**").authenticated());
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)).build();
    }

    /** Delegating encoder: hashes are stored with their algorithm id ({bcrypt}…), so it can change later. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
