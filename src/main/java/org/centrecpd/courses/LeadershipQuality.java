package org.centrecpd.courses;

import java.util.Optional;
import org.centrecpd.base.StableId;

/**
 * The seven qualities of effective children's centre leaders, as the sector describes them.
 * Defined here and nowhere else (case studies are tagged with them; leadership courses ask learners
 * to rate themselves against them); the {@link #id()} never changes once published, the words people
 * read come from the translation bundle ({@link #key()}).
 */
public enum LeadershipQuality implements StableId {
    /** Inspiring and innovative in their vision for the centre. */
    VISION("vision"),
    /** Responsive to families' needs, reaching every family in the community. */
    RESPONSIVE("responsive-to-families"),
    /** Focused on results and outcomes, backed by evidence. */
    EVIDENCE("evidence-and-outcomes"),
    /** Communicating openly with professionals, agencies and the community. */
    OPEN_COMMUNICATION("open-communication"),
    /** Championing integrated working and shared expertise across professions. */
    INTEGRATED_WORKING("integrated-working"),
    /** Motivating and empowering others. */
    EMPOWERING("motivating-and-empowering"),
    /** Reflective, and committed to their own professional development. */
    REFLECTIVE("reflective-and-learning");

    private final String id;

    LeadershipQuality(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    public String key() {
        return "leadershipQuality." + id;
    }

    public static Optional<LeadershipQuality> byId(String id) {
        return StableId.byId(LeadershipQuality.class, id);
    }
}
