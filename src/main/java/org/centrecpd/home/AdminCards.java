package org.centrecpd.home;

import com.vaadin.flow.component.Component;
import java.time.ZoneId;
import java.util.List;
import org.centrecpd.audit.LastImports;
import org.centrecpd.base.mail.MailFailures;
import org.centrecpd.base.ui.Dates;
import org.centrecpd.casestudies.CaseStudyGlance;
import org.centrecpd.security.InvitationService;

/**
 * An admin's work: invitations not yet accepted (and people with no sign-in), the last imports, mail the server
 * refused since start, documents that could not be read for searching, and whether the search index is whole.
 * Six statements and one count of the index, whatever the numbers.
 */
@org.springframework.stereotype.Component
class AdminCards {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    private final InvitationService invitations;
    private final LastImports imports;
    private final MailFailures mail;
    private final CaseStudyGlance caseStudies;

    AdminCards(InvitationService invitations, LastImports imports, MailFailures mail, CaseStudyGlance caseStudies) {
        this.invitations = invitations;
        this.imports = imports;
        this.mail = mail;
        this.caseStudies = caseStudies;
    }

    List<HomeCard> cards(Component ui) {
        long notAccepted = invitations.countNotAccepted("");
        long uninvited = invitations.countUninvited("");
        LastImports.Both last = imports.last();
        MailFailures.Since failed = mail.sinceStart();
        CaseStudyGlance.Health health = caseStudies.health();
        String lastStaff = last.staff().map(i -> Dates.longDay(i.at().atZone(UK).toLocalDate(), HomeCard.locale()))
            .orElse(ui.getTranslation("home.card.import.never"));
        return List.of(
            new HomeCard("card-invitations", ui.getTranslation("home.card.invitations.heading"), String.valueOf(notAccepted),
                ui.getTranslation("home.card.invitations.detail", notAccepted, uninvited),
                ui.getTranslation("home.card.invitations.open"), "invitations"),
            new HomeCard("card-import", ui.getTranslation("home.card.import.heading"), lastStaff,
                last.staff().map(i -> ui.getTranslation("home.card.import.detail", i.file(), i.outcome()))
                    .orElse(ui.getTranslation("home.card.import.none")),
                ui.getTranslation("home.card.import.open"), "admin/import"),
            new HomeCard("card-mail", ui.getTranslation("home.card.mail.heading"), String.valueOf(failed.count()),
                failed.last().map(at -> ui.getTranslation("home.card.mail.detail", failed.count(),
                    Dates.longDay(at.atZone(UK).toLocalDate(), HomeCard.locale()))).orElse(ui.getTranslation("home.card.mail.none")),
                // No page lists them: the server log has each one (docs/operations.md, "Mail").
                null, null),
            new HomeCard("card-extraction", ui.getTranslation("home.card.extraction.heading"), String.valueOf(health.extractionFailures()),
                ui.getTranslation("home.card.extraction.detail", health.extractionFailures()),
                ui.getTranslation("home.card.extraction.open"), "case-studies"),
            new HomeCard("card-index", ui.getTranslation("home.card.index.heading"),
                health.indexWhole() ? ui.getTranslation("home.card.index.whole") : String.valueOf(health.caseStudies() - health.indexed()),
                ui.getTranslation(health.indexWhole() ? "home.card.index.detailWhole" : "home.card.index.detailMissing",
                    health.indexed(), health.caseStudies()),
                ui.getTranslation("home.card.index.open"), "case-studies"));
    }
}
