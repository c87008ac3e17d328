package org.centrecpd.base.mail;

/**
 * What the people mail goes to have chosen, asked by the one mail sender before each message of a
 * {@linkplain MailKind#switchable() switchable} kind. Declared here so that the sender (base) asks without knowing
 * who answers: the {@code notifications} module implements it. Without an implementation, everything is sent.
 */
public interface MailPreferences {

    /** False if the person with this address has switched this kind of mail off (or policy allows no switch). */
    boolean wants(String email, MailKind kind);

    /** The message was handled (sent, or held back by the person's choice): list it in their notices in the app. */
    void noticed(String email, Mail mail);
}
