package org.centrecpd.demo;

/** The demo sign-ins listed in the README. They exist only where demo data was seeded. */
public final class DemoLogins {

    public static final String PASSWORD = "demo-cpd-2026";
    public static final String PRACTITIONER = "practitioner@demo.centrecpd.example";
    public static final String MANAGER = "manager@demo.centrecpd.example";
    public static final String PARTNER = "partner@demo.centrecpd.example";
    public static final String ADMIN = "admin@demo.centrecpd.example";
    /** Manages a different centre: used to show that scope is enforced. */
    public static final String OTHER_MANAGER = "manager2@demo.centrecpd.example";

    private DemoLogins() {
    }
}
