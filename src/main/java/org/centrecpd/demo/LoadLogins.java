package org.centrecpd.demo;

/**
 * The load-test sign-ins (see {@link LoadData}): {@code practitioner-1@load.centrecpd.example},
 * {@code manager-1@…}, {@code partner-1@…} and so on, numbered from 1 without gaps, all with one password
 * published in docs/benchmarks.md. They exist only where the load profile seeded them.
 */
public final class LoadLogins {

    public static final String PASSWORD = "load-cpd-2026";
    public static final String DOMAIN = "@load.centrecpd.example";
    public static final int STAFF_PER_CENTRE = 30;
    public static final int PARTNERS = 150;

    private LoadLogins() {
    }

    /** The n-th sign-in of a kind, e.g. {@code username("practitioner-", 7)}. */
    public static String username(String prefix, int n) {
        return prefix + n + DOMAIN;
    }
}
