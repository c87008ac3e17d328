package org.centrecpd.base.privacy;

import java.util.Set;

/**
 * The person a copy is made for, as each module may know them: by person id, and (for rows that name people
 * by name or address, like the audit log) by their name and every e-mail address they have had a sign-in or
 * record under. {@code forThemselves} is false when someone else (an admin answering a request that came by letter)
 * downloads it: then what the product promises nobody else reads (the journal's words) is left out, and the copy
 * says where the person gets it themselves.
 */
public record DataSubject(long personId, String fullName, Set<String> emails, boolean forThemselves) {

    public DataSubject {
        emails = Set.copyOf(emails);
    }
}
