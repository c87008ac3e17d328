package org.centrecpd.notifications.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import org.centrecpd.base.ui.HeaderItem;
import org.centrecpd.notifications.service.Notices;

/**
 * The bell in the header: how many of my notices are unread, in a number (never colour alone) and in its
 * accessible name; it opens the notifications page. The count is read again on every navigation.
 */
@org.springframework.stereotype.Component
class NoticeBell implements HeaderItem {

    private final Notices notices;

    NoticeBell(Notices notices) {
        this.notices = notices;
    }

    @Override
    public Component create() {
        return new Bell(notices);
    }

    static final class Bell extends Button implements AfterNavigationObserver {

        private final transient Notices notices;
        private final Span count = new Span();

        Bell(Notices notices) {
            this.notices = notices;
            setIcon(new Icon(VaadinIcon.BELL));
            count.addClassName("notice-count");
            count.setId("notice-count");
            setSuffixComponent(count);
            addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            setId("notice-bell");
            addClickListener(e -> getUI().ifPresent(ui -> ui.navigate("notifications")));
        }

        @Override
        public void afterNavigation(AfterNavigationEvent event) {
            refresh();
        }

        void refresh() {
            long unread = notices.myUnreadCount();
            count.setText(unread == 0 ? "" : String.valueOf(unread));
            count.setVisible(unread > 0);
            setAriaLabel(getTranslation("notifications.bell", unread));
            setTooltipText(getTranslation("notifications.bell", unread));
        }
    }
}
