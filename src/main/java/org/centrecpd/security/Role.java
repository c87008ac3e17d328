package org.centrecpd.security;

/**
 * What a signed-in person may do. Scope (which centres and people) is decided separately from the
 * organisation records, see {@code organisation.service.AccessScope}.
 */
public enum Role {
    /** Centre staff and partner professionals: their own learning and journal. */
    PRACTITIONER,
    /** Runs one or more centres: their staff's training and completion. */
    CENTRE_MANAGER,
    /** Local-authority quality adviser: the centre groups or authorities they oversee. */
    IMPROVEMENT_PARTNER,
    /** Maintains the organisation, accounts and course catalogue. */
    ADMIN;

    /** Spring Security's authority name, as used by {@code @RolesAllowed}. */
    public String authority() {
        return "ROLE_" + name();
    }

    public static final String PRACTITIONER_NAME = "PRACTITIONER";
    public static final String CENTRE_MANAGER_NAME = "CENTRE_MANAGER";
    public static final String IMPROVEMENT_PARTNER_NAME = "IMPROVEMENT_PARTNER";
    public static final String ADMIN_NAME = "ADMIN";
}
