package org.centrecpd.security;

import com.vaadin.flow.component.Component;
import org.springframework.aop.Advisor;
import org.springframework.aop.ClassFilter;
import org.springframework.aop.support.ComposablePointcut;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.security.authorization.method.AuthorizationManagerBeforeMethodInterceptor;
import org.springframework.security.authorization.method.Jsr250AuthorizationManager;

/**
 * {@code @RolesAllowed} checked on every call of a service method, as Spring Security's
 * {@code @EnableMethodSecurity(jsr250Enabled = true)} does, except on Vaadin components.
 * <p>
 * Views carry {@code @RolesAllowed} too, for Vaadin's navigation access control, which reads the annotation
 * itself. Spring's own JSR-250 advisor also matched them, so every view (and the main layout) was created as a
 * CGLIB proxy: on each navigation Spring matched all its advisors against every method of the view again (a
 * proxied bean's decision is not cached) and built a proxy class instance around it. Under the load test that was
 * 17 % of the app's CPU (Java Flight Recorder, 300 users), for a check Vaadin had already made before the view was
 * created. The advisor below is Spring's ({@link AuthorizationManagerBeforeMethodInterceptor#jsr250()}, same
 * annotations, same order, same manager), with components left out of its pointcut.
 * <p>
 * One visible change came with it: a navigation to the view already shown (Home from Home) now keeps that view,
 * as Vaadin does for any route target in the active chain; the proxy's class had hidden the match, so each
 * navigation made a new view. Views with parameters rebuild in {@code setParameter}/{@code beforeEnter}.
 */
@Configuration(proxyBeanMethods = false)
class RolesAllowedOnServices {

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor rolesAllowedAdvisor() {
        AuthorizationManagerBeforeMethodInterceptor springs = AuthorizationManagerBeforeMethodInterceptor.jsr250();
        ClassFilter notAComponent = type -> !Component.class.isAssignableFrom(type);
        ComposablePointcut servicesOnly = new ComposablePointcut(springs.getPointcut()).intersection(notAComponent);
        AuthorizationManagerBeforeMethodInterceptor advisor =
            new AuthorizationManagerBeforeMethodInterceptor(servicesOnly, new Jsr250AuthorizationManager());
        advisor.setOrder(springs.getOrder());
        return advisor;
    }
}
