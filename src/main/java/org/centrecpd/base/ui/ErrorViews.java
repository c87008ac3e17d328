package org.centrecpd.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;
import org.centrecpd.base.NotFoundException;
import org.springframework.security.access.AccessDeniedException;

/**
 * Error views. "Does not exist" and "not yours to see" get the same words and the same 404 status,
 * on purpose: a URL carrying another centre's id must not reveal that the centre exists.
 */
public final class ErrorViews {

    private ErrorViews() {
    }

    /**
     * The one "Page not found" page. Its title names the page in the browser tab and for screen readers
     * (WCAG 2.4.2), and is the page's heading: the layout shows every view's title as its h1.
     */
    abstract static class NotFoundPage extends VerticalLayout implements HasDynamicTitle {

        int show() {
            removeAll();
            setId("not-found");
            add(new Paragraph(getTranslation("error.notFound.text")), new Anchor("", getTranslation("error.notFound.home")));
            return HttpServletResponse.SC_NOT_FOUND;
        }

        @Override
        public String getPageTitle() {
            return getTranslation("error.notFound.title");
        }
    }

    /** No route matches the URL. */
    @PermitAll
    @ParentLayout(MainLayout.class)
    public static class RouteNotFound extends NotFoundPage
            implements HasErrorParameter<com.vaadin.flow.router.NotFoundException> {
        @Override
        public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<com.vaadin.flow.router.NotFoundException> parameter) {
            return show();
        }
    }

    /** A service said the record does not exist or is out of the user's scope. */
    @PermitAll
    @ParentLayout(MainLayout.class)
    public static class RecordNotFound extends NotFoundPage implements HasErrorParameter<NotFoundException> {
        @Override
        public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
            return show();
        }
    }

    /** A service method refused the user's role. */
    @PermitAll
    @ParentLayout(MainLayout.class)
    public static class AccessDenied extends NotFoundPage implements HasErrorParameter<AccessDeniedException> {
        @Override
        public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
            return show();
        }
    }
}
