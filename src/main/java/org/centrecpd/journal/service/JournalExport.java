package org.centrecpd.journal.service;

import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.centrecpd.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * My journal as a PDF portfolio (for appraisal and CPD evidence, {@link PortfolioPdf}) and as Markdown
 * ({@link PortfolioMarkdown}). Only ever the signed-in person's own entries ({@link JournalQueries#forExport}),
 * as the journal page's filters show them, and every export is recorded in the audit log.
 */
@Service
@Transactional(readOnly = true)
public class JournalExport {

    private final JournalQueries journal;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;

    /** Learning done elsewhere, from whichever module answers (training; none in a test of the journal alone). */
    private final List<ExternalLearning> external;

    JournalExport(JournalQueries journal, CurrentUser currentUser, Clock clock,
                  org.springframework.context.ApplicationEventPublisher events, List<ExternalLearning> external) {
        this.external = external;
        this.journal = journal;
        this.currentUser = currentUser;
        this.clock = clock;
        this.events = events;
    }

    /** A journal is personal data even in its author's hands: the export is recorded in the audit log. */
    private void audited(String format, int entries) {
        events.publishEvent(new org.centrecpd.audit.AuditEvent(org.centrecpd.audit.AuditAction.PERSONAL_DATA_EXPORTED,
            "Journal of " + currentUser.require().displayName(), format + ", " + entries + " entries"));
    }

    /** My entries as the filter selects them, as a PDF portfolio. */
    @PermitAll
    public byte[] pdf(EntryFilter filter, Locale locale) {
        List<Entry> entries = journal.forExport(filter);
        audited("PDF", entries.size());
        return PortfolioPdf.of(entries, externalLearning(), currentUser.require().displayName(), LocalDate.now(clock),
            new ExportWording(locale));
    }

    /** My entries as the filter selects them, as one Markdown document. */
    @PermitAll
    public String markdown(EntryFilter filter, Locale locale) {
        List<Entry> entries = journal.forExport(filter);
        audited("Markdown", entries.size());
        return PortfolioMarkdown.of(entries, externalLearning(), currentUser.require().displayName(), LocalDate.now(clock),
            new ExportWording(locale));
    }

    private List<ExternalLearning.Item> externalLearning() {
        return external.stream().flatMap(e -> e.mine().stream()).toList();
    }
}
