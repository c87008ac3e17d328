package org.centrecpd.notifications.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.centrecpd.base.ui.Dates;
import org.centrecpd.base.ui.Feedback;
import org.centrecpd.notifications.service.CalendarFeeds;
import org.centrecpd.notifications.service.DigestFrequency;
import org.centrecpd.notifications.service.MailChoice;
import org.centrecpd.notifications.service.Notice;
import org.centrecpd.notifications.service.NotificationSettings;
import org.centrecpd.notifications.service.Notices;

/**
 * My notifications: which mail I get (one switch per kind; what policy requires is shown on and locked, with why),
 * how often the digest comes, my calendar link, and the list of notices behind the bell, read or unread.
 */
@Route("notifications")
@PermitAll
public class NotificationsView extends VerticalLayout implements HasDynamicTitle {

    private final NotificationSettings settings;
    private final Notices notices;
    private final CalendarFeeds feeds;
    private final Div calendar = new Div();
    private final UnorderedList list = new UnorderedList();

    public NotificationsView(NotificationSettings settings, Notices notices, CalendarFeeds feeds) {
        this.settings = settings;
        this.notices = notices;
        this.feeds = feeds;
        if (!settings.available()) {
            add(new Paragraph(getTranslation("notifications.noPerson")));
            return;
        }
        add(new H2(getTranslation("notifications.mail")), new Paragraph(getTranslation("notifications.mail.intro")));
        for (MailChoice choice : settings.mine()) {
            add(switchFor(choice));
        }
        if (settings.digestOffered()) {
            RadioButtonGroup<DigestFrequency> frequency = new RadioButtonGroup<>(getTranslation("notifications.digest"));
            frequency.setItems(DigestFrequency.values());
            frequency.setItemLabelGenerator(f -> getTranslation("notifications.digest." + f.name()));
            frequency.setHelperText(getTranslation("notifications.digest.help"));
            frequency.setId("digest-frequency");
            frequency.setValue(settings.myDigestFrequency());
            frequency.addValueChangeListener(e -> {
                if (e.isFromClient() && e.getValue() != null) {
                    settings.setMyDigestFrequency(e.getValue());
                    Feedback.saved(this, "notifications.saved");
                }
            });
            add(frequency);
        }
        calendar.setId("calendar-link");
        add(new H2(getTranslation("notifications.calendar")), new Paragraph(getTranslation("notifications.calendar.intro")), calendar);
        showCalendar(null);
        Button allRead = new Button(getTranslation("notifications.markAllRead"), e -> {
            notices.markAllRead();
            showNotices();
        });
        allRead.setId("mark-all-read");
        list.setId("notices");
        add(new H2(getTranslation("notifications.notices")), new Paragraph(getTranslation("notifications.notices.intro", Notices.KEPT_DAYS)),
            allRead, list);
        showNotices();
    }

    private Checkbox switchFor(MailChoice choice) {
        Checkbox box = new Checkbox(getTranslation("notifications.kind." + choice.kind().name()), choice.on());
        box.setId("mail-" + choice.kind().name().toLowerCase(java.util.Locale.ROOT));
        if (choice.requiredByPolicy()) {
            box.setReadOnly(true);
            box.setHelperText(getTranslation("notifications.requiredByPolicy"));
        } else {
            box.setHelperText(getTranslation("notifications.kind." + choice.kind().name() + ".help"));
            box.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    settings.setMine(choice.kind(), e.getValue());
                    Feedback.saved(this, e.getValue() ? "notifications.on" : "notifications.off");
                }
            });
        }
        return box;
    }

    /** The calendar section; {@code justIssued} is the new link, shown this once (only its hash is kept). */
    private void showCalendar(String justIssued) {
        calendar.removeAll();
        var issued = feeds.myFeedIssuedAt();
        Button issue = new Button(getTranslation(issued.isPresent() ? "notifications.calendar.reissue" : "notifications.calendar.issue"), e -> {
            showCalendar(feeds.issueMine());
        });
        issue.setId("issue-calendar");
        issue.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout actions = new HorizontalLayout(issue);
        if (issued.isPresent()) {
            calendar.add(new Paragraph(getTranslation("notifications.calendar.issuedOn",
                Dates.day(issued.get().toLocalDate(), UI.getCurrent().getLocale()))));
            Button revoke = new Button(getTranslation("notifications.calendar.revoke"), e -> {
                feeds.revokeMine();
                Feedback.saved(this, "notifications.calendar.revoked");
                showCalendar(null);
            });
            revoke.setId("revoke-calendar");
            actions.add(revoke);
        }
        if (justIssued != null) {
            TextField url = new TextField(getTranslation("notifications.calendar.url"));
            url.setValue(justIssued);
            url.setReadOnly(true);
            url.setWidthFull();
            url.setId("calendar-url");
            url.setHelperText(getTranslation("notifications.calendar.urlHelp"));
            Anchor subscribe = new Anchor();
            subscribe.setText(getTranslation("notifications.calendar.subscribe"));
            // webcal: is how a page hands a subscription to the calendar app; the address is our own, just made.
            subscribe.setUnsafeHref(justIssued.replaceFirst("^https?://", "webcal://"));
            subscribe.setId("calendar-subscribe");
            calendar.add(url, subscribe);
        }
        calendar.add(actions);
    }

    private void showNotices() {
        list.removeAll();
        List<Notice> mine = notices.mine();
        if (mine.isEmpty()) {
            list.add(new ListItem(getTranslation("notifications.notices.none")));
        }
        for (Notice notice : mine) {
            ListItem item = new ListItem();
            Span state = new Span(getTranslation(notice.read() ? "notifications.read" : "notifications.unread"));
            state.getElement().getThemeList().add(notice.read() ? "badge contrast" : "badge");
            Span when = new Span(Dates.day(notice.createdAt().toLocalDate(), UI.getCurrent().getLocale()));
            item.add(state, new Span(" "), when, new Span(" — "));
            if (notice.link() != null) {
                Anchor open = new Anchor(notice.link(), notice.subject());
                open.getElement().addEventListener("click", e -> notices.markRead(notice.id()));
                item.add(open);
            } else {
                item.add(new Span(notice.subject()));
            }
            if (!notice.read()) {
                Button read = new Button(getTranslation("notifications.markRead"), e -> {
                    notices.markRead(notice.id());
                    showNotices();
                });
                read.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                read.setAriaLabel(getTranslation("notifications.markRead.of", notice.subject()));
                item.add(new Span(" "), read);
            }
            list.add(item);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notifications.title");
    }
}
