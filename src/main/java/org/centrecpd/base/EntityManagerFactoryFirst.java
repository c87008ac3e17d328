package org.centrecpd.base;

import jakarta.persistence.EntityManagerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.server.servlet.ConfigurableServletWebServerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts building the entity manager factory before the web server is set up, not after. The factory (Hibernate,
 * Hibernate Search, the index) is the longest single step of the start, built in the background
 * ({@code spring.jpa.bootstrap=async}), and the web server only opens once it is built. Left to Spring's order, its
 * build began only after Tomcat and Vaadin's servlet had been set up (2-3 s of the main thread, issue 28); asked
 * for by a customizer of the web server, which Spring creates first, the two overlap. Creating the bean only submits
 * the build (after the migrations and the index check it depends on): nothing here waits for it.
 */
@Configuration(proxyBeanMethods = false)
class EntityManagerFactoryFirst {

    @Bean
    static WebServerFactoryCustomizer<ConfigurableServletWebServerFactory> buildEntityManagerFactoryFirst(
        ObjectProvider<EntityManagerFactory> entityManagerFactory) {
        return factory -> entityManagerFactory.getIfAvailable();
    }
}
