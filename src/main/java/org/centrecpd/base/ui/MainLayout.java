package org.centrecpd.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.page.ColorScheme;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.Set;
import java.util.stream.Collectors;
import org.centrecpd.base.DisplayNamed;
import org.springframework.security.core.GrantedAuthority;

/**
 * The app shell: header with the signed-in person, a side navigation built from the views the
 * current user may open (Vaadin's menu configuration applies each view's access annotations, so the
 * menu and the access checks cannot disagree), a light/dark switch and sign-out.
 * <p>
 * Every view sits in the page's one {@code main} landmark under an h1 with its title, reached from a
 * skip link that is the first thing a keyboard user meets (WCAG 2.4.1). After a navigation inside the
 * app, focus moves to that h1, so a screen reader announces the new page and the next Tab starts in
 * the content instead of at the top of the menu; the document title names the view and the service.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final transient AuthenticationContext authentication;
    private final SideNav nav = new SideNav();
    private final Main main = new Main();
    private final H1 viewTitle = new H1();
    /** The view shown now (inside {@link #main}); its title is the h1 and the document title. */
    private Component view;
    /** The first view of a page load keeps the browser's focus at the top, where the skip link is. */
    private boolean navigatedBefore;
    /**
     * The authorities the menu was built for. Building it asks Vaadin's access control about every route (a
     * look-up of the roles checker per route), which was 8 % of the app's CPU under load when done on every
     * navigation; it is built again only when the person's authorities change. A rule that depends on data
     * (supervision: "line-manages someone today") shows its change in the menu at the next page load; the view
     * itself is checked at every navigation.
     */
    private Set<String> menuBuiltFor;

    public MainLayout(AuthenticationContext authentication, org.springframework.beans.factory.ObjectProvider<HeaderItem> headerItems) {
        this.authentication = authentication;
        setPrimarySection(Section.DRAWER);

        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("shell.menu"));
        viewTitle.addClassName("view-title");
        viewTitle.setId("view-title");
        // Focusable by script only: the target of the skip link and of focus after navigation, never a Tab stop.
        viewTitle.getElement().setAttribute("tabindex", "-1");
        main.setId("main-content");
        main.addClassName("main-content");
        main.add(viewTitle);
        Span brandInBar = new Span(getTranslation("app.name"));
        brandInBar.addClassName("navbar-brand");
        // Not touch-optimised: on a phone those move to a bar below the content, and the skip link must come first.
        addToNavbar(skipLink());
        addToNavbar(true, toggle, brandInBar);

        Header brand = new Header(new Span(getTranslation("app.name")));
        brand.addClassName("brand");
        nav.setLabel(getTranslation("shell.navigation"));
        Scroller scroller = new Scroller(nav);
        addToDrawer(brand, scroller, userFooter());
        addToNavbar(new IdleWarning());
        headerItems.orderedStream().forEach(item -> addToNavbar(item.create()));
    }

    /**
     * Hidden until focused. A click moves focus itself rather than following {@code #main-content}: the router
     * would treat a change of the address's fragment as a navigation.
     */
    private Component skipLink() {
        com.vaadin.flow.component.html.Anchor skip = new com.vaadin.flow.component.html.Anchor("#main-content",
            getTranslation("shell.skipToContent"));
        skip.setId("skip-link");
        skip.addClassName("skip-link");
        skip.setRouterIgnore(true);
        skip.getElement().executeJs("this.addEventListener('click', e => { e.preventDefault();"
            + " document.getElementById('view-title').focus(); })");
        return skip;
    }

    @Override
    public void showRouterLayoutContent(HasElement content) {
        view = content == null ? null : content.getElement().getComponent().orElseThrow();
        main.getChildren().filter(c -> c != viewTitle).toList().forEach(main::remove);
        if (view != null) {
            view.addClassName("view-content");
            main.add(view);
        }
        // AppLayout's own step also closes the drawer on a phone after a navigation.
        super.showRouterLayoutContent(main);
    }

    @Override
    public void removeRouterLayoutContent(HasElement oldContent) {
        oldContent.getElement().removeFromParent();
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
        Set<String> authorities = authentication.getGrantedAuthorities().stream()
            .map(GrantedAuthority::getAuthority)
            .collect(Collectors.toSet());
        if (!authorities.equals(menuBuiltFor)) {
            buildNavigation();
            menuBuiltFor = authorities;
        }
        String title = view instanceof com.vaadin.flow.router.HasDynamicTitle t ? t.getPageTitle() : "";
        viewTitle.setText(view instanceof HasHeading h ? h.getHeading() : title);
        String documentTitle = PageTitles.of(title, getTranslation("app.name"));
        // The router writes the view's own title during this navigation: ours is written last, before the response goes out.
        getUI().ifPresent(ui -> ui.beforeClientResponse(this, context -> context.getUI().getPage().setTitle(documentTitle)));
        if (navigatedBefore) {
            viewTitle.getElement().callJsFunction("focus");
        }
        navigatedBefore = true;
    }
}
