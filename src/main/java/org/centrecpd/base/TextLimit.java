package org.centrecpd.base;

/**
 * The longest text a field takes, checked in the service: a text field's maxLength is only the browser's, and a
 * client that ignores it sent a megabyte that the database refused with an error page. Over the limit, the
 * answer is a {@link RuleViolation} that says the limit, and nothing is saved.
 */
public final class TextLimit {

    private TextLimit() {
    }

    /** {@code text} itself (null allowed), or "text.tooLong" with the limit when it has more than {@code max} characters. */
    public static String atMost(String text, int max) {
        if (text != null && text.length() > max) {
            throw new RuleViolation("text.tooLong", max);
        }
        return text;
    }
}
