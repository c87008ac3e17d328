package org.centrecpd.base;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The postgres profile has no built-in database password ({@code ${DATABASE_PASSWORD}} has no default).
 * That alone does not stop a start: Spring Boot binds a placeholder it cannot resolve as its literal text,
 * so the app would sign in to PostgreSQL with the password "${DATABASE_PASSWORD}" (or with none at all
 * where the server trusts the connection). This check stops the start with a clear message before any
 * bean exists, so nothing has connected yet.
 */
@Component
@Profile("postgres")
class DatabasePasswordCheck implements BeanFactoryPostProcessor, EnvironmentAware {

    static final String MESSAGE = "The postgres profile needs the database password: set the environment variable "
        + "DATABASE_PASSWORD (or the property spring.datasource.password). There is no default.";

    private Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        try {
            if (environment.getProperty("spring.datasource.password") == null) {
                throw new IllegalStateException(MESSAGE);
            }
        } catch (IllegalArgumentException unresolvable) {
            throw new IllegalStateException(MESSAGE, unresolvable);
        }
    }
}
