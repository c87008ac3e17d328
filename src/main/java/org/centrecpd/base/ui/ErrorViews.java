package org.centrecpd.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
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

    static VerticalLayout content(VerticalLayout target) {
        target.removeAll();
        target.setId("not-found");
        target.add(new H2(target.getTranslation("error.notFound.title")),
            new Paragraph(target.getTranslation("error.notFound.text")),
            new Anchor("", target.getTranslation("error.notFound.home")));
        return target;
    }

    /** No route matches the URL. */
    @PermitAll
    @ParentLayout(MainLayout.class)
    public static class RouteNotFound extends VerticalLayout
            implements HasErrorParameter<com.vaadin.flow.router.NotFoundException> {
        @Override
        public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<com.vaadin.flow.router.NotFoundException> parameter) {
            content(this);
            return HttpServletResponse.SC_NOT_FOUND;
        }
    }

    /** A service said the record does not exist or is out of the user's scope. */
    @PermitAll
    @ParentLayout(MainLayout.class)
    public static class RecordNotFound extends VerticalLayout implements HasErrorParameter<NotFoundException> {
        @Override
        public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
            content(this);
            return HttpServletResponse.SC_NOT_FOUND;
        }
    }

    /** A service method refused the user's role. */
    @PermitAll
    @ParentLayout(MainLayout.class)
    public static class AccessDenied extends VerticalLayout implements HasErrorParameter<AccessDeniedException> {
        @Override
        public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
            content(this);
            return HttpServletResponse.SC_NOT_FOUND;
        }
    }
}
