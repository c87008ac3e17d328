package org.centrecpd.base.privacy;

import java.util.Set;

/**
 * The person a copy is made for, as each module may know them: by person id, and (for rows that name people
 * by name or address, like the audit log) by their name and every e-mail address they have had a sign-in or
 * record under.
 */
public record DataSubject(long personId, String fullName, Set<String> emails) {

    public DataSubject {
        emails = Set.copyOf(emails);
    }
}
