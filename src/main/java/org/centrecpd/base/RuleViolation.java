package org.centrecpd.base;

/**
 * A business rule refused the request (e.g. an e-mail already in use). Carries a translation key so
 * the view can tell the user exactly what to change; nothing has been saved.
 */
public class RuleViolation extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public RuleViolation(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
