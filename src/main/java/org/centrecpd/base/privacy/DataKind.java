package org.centrecpd.base.privacy;

/**
 * One kind of personal data, as the register of processing lists it and the retention job applies it: the
 * same definition does both, so the register cannot drift from what the job does.
 *
 * @param key           stable id, stored in the retention schedule (e.g. {@code journal-entries})
 * @param name          what it is, in words a member of staff recognises
 * @param purpose       why it is kept
 * @param basis         the lawful basis
 * @param whoSees       who can see it in the app
 * @param storedIn      where it is stored (tables, files, index)
 * @param clock         when its period starts
 * @param defaultMonths the default period in months (an authority's admin may change it)
 * @param disposal      what happens when the period ends
 * @param keptOnErasure null if an erasure request deletes it at once; otherwise why it must be kept until
 *                      its period ends (shown in the erasure preview)
 */
public record DataKind(String key, String name, String purpose, LawfulBasis basis, String whoSees, String storedIn,
                       RetentionClock clock, int defaultMonths, Disposal disposal, String keptOnErasure) {

    /** What the retention job does with a row whose period has ended. */
    public enum Disposal {
        DELETE("Deleted"),
        /** The row stays for counts and history, without anything that names the person. */
        ANONYMISE("Anonymised (the name and e-mail removed, the rest kept)");

        private final String words;

        Disposal(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    public boolean erasedOnRequest() {
        return keptOnErasure == null;
    }
}
