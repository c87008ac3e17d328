package org.centrecpd.base;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What the application accepts as an e-mail address, and how it compares two: one rule for the form, the
 * spreadsheet import, the entity's constraint, a reset request and a mail about to be sent, so that an
 * address accepted in one place is never refused in another. Deliberately loose (something, an at sign, a
 * domain with a dot): whether the address works is proved by the invitation reaching it, not by a pattern.
 */
public final class EmailAddress {

    /** For {@code @Pattern} and form validators; the empty string is left to {@code @NotBlank}. */
    public static final String PATTERN = "^$|^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$";
    /** RFC 5321's limit for a forward path. */
    public static final int MAX_LENGTH = 254;
    private static final Pattern SHAPE = Pattern.compile(PATTERN);

    private EmailAddress() {
    }

    /** Trimmed and in lower case: addresses are stored and compared this way. */
    public static String normalised(String address) {
        return address == null ? null : address.trim().toLowerCase(Locale.ROOT);
    }

    public static boolean isValid(String address) {
        return address != null && !address.isBlank() && address.length() <= MAX_LENGTH && SHAPE.matcher(address.trim()).matches();
    }
}
