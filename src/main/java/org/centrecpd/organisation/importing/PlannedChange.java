package org.centrecpd.organisation.importing;

/**
 * One thing the import will do, shown in the preview before anything is written.
 *
 * @param row     the spreadsheet row it comes from (0 for a leaver, who has no row)
 * @param kind    create, change or end
 * @param subject whom or what (an e-mail, a centre, a provider)
 * @param detail  what exactly, e.g. "Ashbrook → Fenbrook from 2026-09-01"
 */
public record PlannedChange(int row, Kind kind, String subject, String detail) {

    public enum Kind {
        CREATE, CHANGE, END;

        public String key() {
            return "import.kind." + name();
        }
    }
}
