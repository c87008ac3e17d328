/**
 * The journal's services, one question each: {@link org.centrecpd.journal.service.JournalService}
 * writes (reflections, and the answers a course writes in: the courses module's way in),
 * {@link org.centrecpd.journal.service.JournalQueries} reads, {@link org.centrecpd.journal.service.JournalSharing}
 * shares with a manager, {@link org.centrecpd.journal.service.SupervisionService} is the manager's side,
 * {@link org.centrecpd.journal.service.JournalExport} exports; who may act is decided in
 * {@code JournalPolicy}. Their records are the journal's public API for other modules.
 */
@org.springframework.modulith.NamedInterface("service")
package org.centrecpd.journal.service;
