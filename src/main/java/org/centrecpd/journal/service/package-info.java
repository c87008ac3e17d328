/** The journal's public API for other modules: {@link org.centrecpd.journal.service.JournalService} and its records. */
@org.springframework.modulith.NamedInterface("service")
package org.centrecpd.journal.service;
