package org.centrecpd.journal.service;

import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import org.centrecpd.journal.JournalCounts;
import org.centrecpd.journal.domain.TermJournalRepository;
import org.centrecpd.organisation.service.AccessScope;
import org.centrecpd.security.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Journal participation of a centre in scope over a stretch of days, as counts (the termly review's pack):
 * the people counted are those working there on the stretch's last day. Three statements.
 */
@Service
@Transactional(readOnly = true)
public class TermJournal {

    private final AccessScope scope;
    private final TermJournalRepository journal;

    TermJournal(AccessScope scope, TermJournalRepository journal) {
        this.scope = scope;
        this.journal = journal;
    }

    /** From {@code from} until {@code to} (exclusive), of the people working at the centre on the day before {@code to}. */
    @RolesAllowed({Role.CENTRE_MANAGER_NAME, Role.IMPROVEMENT_PARTNER_NAME, Role.ADMIN_NAME})
    public JournalCounts counts(long centreId, LocalDate from, LocalDate to) {
        LocalDate lastDay = to.minusDays(1);
        scope.requireCentre(centreId, lastDay);
        JournalCounts written = journal.written(centreId, lastDay, from.atStartOfDay(), to.atStartOfDay());
        return new JournalCounts(written.written(), journal.shared(centreId, lastDay, from.atStartOfDay(), to.atStartOfDay()),
            journal.supervisions(centreId, lastDay, from, to), written.cpdMinutes());
    }
}
