package org.centrecpd;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.ColorScheme;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Centre CPD: continuing professional development for the staff of children's centres.
 * The app shell loads Lumo and our own stylesheet (plain CSS from {@code frontend/styles}, copied to
 * static resources by the build) and follows the user's light or dark preference.
 */
@SpringBootApplication
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/centre-cpd.css")
@ColorScheme(ColorScheme.Value.LIGHT_DARK)
@Meta(name = "description", content = "Centre CPD: professional development for children's centre staff")
public class Application implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(Application.class, args);
    }
}
