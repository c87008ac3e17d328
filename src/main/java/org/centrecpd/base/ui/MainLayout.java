package org.centrecpd.base.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.page.ColorScheme;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.centrecpd.base.DisplayNamed;

/**
 * The app shell: header with the signed-in person, a side navigation built from the views the
 * current user may open (Vaadin's menu configuration applies each view's access annotations, so the
 * menu and the access checks cannot disagree), a light/dark switch and sign-out.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final transient AuthenticationContext authentication;
    private final SideNav nav = new SideNav();
    private final com.vaadin.flow.component.html.H1 viewTitle = new com.vaadin.flow.component.html.H1();

    public MainLayout(AuthenticationContext authentication, org.springframework.beans.factory.ObjectProvider<HeaderItem> headerItems) {
        this.authentication = authentication;
        setPrimarySection(Section.DRAWER);

        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("shell.menu"));
        viewTitle.addClassName("view-title");
        addToNavbar(true, toggle, viewTitle);

        Header brand = new Header(new Span(getTranslation("app.name")));
        brand.addClassName("brand");
        nav.setLabel(getTranslation("shell.navigation"));
        Scroller scroller = new Scroller(nav);
        addToDrawer(brand, scroller, userFooter());
        addToNavbar(new IdleWarning());
        headerItems.orderedStream().forEach(item -> addToNavbar(item.create()));
    }

    private void buildNavigation() {
        nav.removeAll();
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            nav.addItem(item);
        }
    }

    private Footer userFooter() {
        Footer footer = new Footer();
        footer.addClassName("user-footer");
        authentication.getAuthenticatedUser(Object.class).ifPresent(principal -> {
            if (principal instanceof DisplayNamed person) {
                Div who = new Div(new Span(person.displayName()));
                Span role = new Span(getTranslation(person.roleKey()));
                role.addClassName("secondary");
                who.add(role);
                who.addClassName("who");
                footer.add(who);
            }
        });
        Button theme = new Button(getTranslation("shell.theme.toggle"), new Icon(VaadinIcon.ADJUST), e -> toggleColourScheme());
        theme.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Button signOut = new Button(getTranslation("shell.signOut"), new Icon(VaadinIcon.SIGN_OUT), e -> authentication.logout());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        signOut.setId("sign-out");
        // The privacy notice (privacy module), on every page: a link by address, so base knows nothing of the module.
        com.vaadin.flow.component.html.Anchor privacy = new com.vaadin.flow.component.html.Anchor("privacy", getTranslation("shell.privacy"));
        privacy.setId("privacy-link");
        privacy.addClassName("privacy-link");
        footer.add(theme, signOut, privacy);
        return footer;
    }

    private void toggleColourScheme() {
        var page = getUI().orElseThrow().getPage();
        page.setColorScheme(page.getColorScheme() == ColorScheme.Value.DARK ? ColorScheme.Value.LIGHT : ColorScheme.Value.DARK);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        buildNavigation();
        String title = getContent() instanceof com.vaadin.flow.router.HasDynamicTitle t ? t.getPageTitle() : "";
        viewTitle.setText(title);
    }
}
