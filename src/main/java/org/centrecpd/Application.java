package org.centrecpd;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.component.page.ColorScheme;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;
import org.centrecpd.base.StartupReport;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.web.server.MimeMappings;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.server.servlet.ConfigurableServletWebServerFactory;
import org.springframework.context.annotation.Bean;

/**
 * Centre CPD: continuing professional development for the staff of children's centres.
 * The app shell loads Lumo and our own stylesheet (plain CSS from {@code frontend/styles}, copied to
 * static resources by the build) and follows the user's light or dark preference.
 */
@SpringBootApplication
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/centre-cpd.css")
@ColorScheme(ColorScheme.Value.LIGHT_DARK)
// Server push: pages learn when an uploaded document has become searchable, without reloading.
@Push
@Meta(name = "description", content = "Centre CPD: professional development for children's centre staff")
public class Application implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(Application.class);
        StartupReport.attachIfAsked(application);
        application.run(args);
    }

    /**
     * The app's icon (a hand-drawn SVG, with a favicon.ico and PNGs made from it) and its web app manifest:
     * static files under META-INF/resources, linked here. Not Vaadin's {@code @PWA}: that also installs a
     * service worker, built into a frontend bundle (Node.js), which would keep pages for offline use,
     * unwelcome on the shared computers of a children's centre.
     */
    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addFavIcon("icon", "icons/icon.svg", "any");
        settings.addFavIcon("icon", "favicon.ico", "16x16 32x32 48x48");
        settings.addLink("apple-touch-icon", "icons/icon-192.png");
        settings.addLink("manifest", "manifest.webmanifest");
    }

    /** Neither Tomcat nor Spring Boot knows the manifest's file type; browsers expect it to be named. */
    @Bean
    WebServerFactoryCustomizer<ConfigurableServletWebServerFactory> webManifestType() {
        return factory -> factory.addMimeMappings(new MimeMappings(java.util.Map.of("webmanifest", "application/manifest+json")));
    }
}
