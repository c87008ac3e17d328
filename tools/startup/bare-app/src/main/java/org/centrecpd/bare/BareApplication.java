package org.centrecpd.bare;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The same app shell as Centre CPD's where it costs start-up time (Lumo, server push), and nothing else:
 * what the stack itself takes to reach the sign-in page.
 */
@SpringBootApplication
@StyleSheet(Lumo.STYLESHEET)
@Push
public class BareApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(BareApplication.class, args);
    }
}
