package org.centrecpd.support;

import org.centrecpd.Application;
import org.springframework.modulith.core.ApplicationModules;

/**
 * The application's modules as Spring Modulith reads them, worked out once per test run: reading them
 * (every class, every dependency) takes most of a structure test's time, and two tests need them.
 */
public final class Modules {

    private static ApplicationModules modules;

    private Modules() {
    }

    public static synchronized ApplicationModules ofTheApplication() {
        if (modules == null) {
            modules = ApplicationModules.of(Application.class);
        }
        return modules;
    }
}
