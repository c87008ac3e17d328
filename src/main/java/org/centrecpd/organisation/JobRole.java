package org.centrecpd.organisation;

import java.util.Optional;
import org.centrecpd.base.StableId;

/**
 * The jobs people do in and around a children's centre. The {@link #id()} is what course files
 * use for their audience (see courses/README.md), so it must not change once published.
 */
public enum JobRole implements StableId {
    CENTRE_MANAGER("centre-manager"),
    DEPUTY_MANAGER("deputy-manager"),
    FAMILY_SUPPORT_WORKER("family-support-worker"),
    EARLY_YEARS_PRACTITIONER("early-years-practitioner"),
    OUTREACH_WORKER("outreach-worker"),
    HEALTH_VISITOR("health-visitor"),
    SOCIAL_WORKER("social-worker"),
    MIDWIFE("midwife"),
    CENTRE_ADMINISTRATOR("centre-administrator"),
    IMPROVEMENT_PARTNER("improvement-partner");

    private final String id;

    JobRole(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    /**
     * The sign-in role this job most likely needs: managers manage, partners oversee, everyone else
     * learns. An admin can choose another.
     */
    public org.centrecpd.security.Role signInRole() {
        return switch (this) {
            case CENTRE_MANAGER -> org.centrecpd.security.Role.CENTRE_MANAGER;
            case IMPROVEMENT_PARTNER -> org.centrecpd.security.Role.IMPROVEMENT_PARTNER;
            default -> org.centrecpd.security.Role.PRACTITIONER;
        };
    }

    /** Translation key of the display name. */
    public String key() {
        return "jobRole." + id;
    }

    public static Optional<JobRole> byId(String id) {
        return StableId.byId(JobRole.class, id);
    }
}
