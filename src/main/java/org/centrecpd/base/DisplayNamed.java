package org.centrecpd.base;

/** A signed-in principal that can say who it is in words people use (shown in the app header). */
public interface DisplayNamed {

    String displayName();

    /** Translation key of the person's role, e.g. {@code role.CENTRE_MANAGER}. */
    String roleKey();
}
