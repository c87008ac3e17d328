package org.centrecpd.courses;

import java.util.Optional;
import org.centrecpd.base.StableId;

/**
 * The eight areas of the Sure Start children's centre core purpose. Defined here and nowhere else:
 * the {@link #id()} is what course files use (courses/README.md), so it must never change once
 * published; the words people read come from the translation bundle ({@link #key()}).
 */
public enum CorePurposeArea implements StableId {
    IMPROVING_OUTCOMES("improving-outcomes"),
    ASSESSING_NEED("assessing-need"),
    UNIVERSAL_SERVICES("universal-services"),
    TARGETED_SUPPORT("targeted-support"),
    COMMUNITY_HUB("community-hub"),
    SHARING_EXPERTISE("sharing-expertise"),
    ENGAGING_PARENTS("engaging-parents"),
    PARTNERSHIP_WORKING("partnership-working");

    private final String id;

    CorePurposeArea(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    /** Translation key of the area's name. */
    public String key() {
        return "corePurpose." + id;
    }

    public static Optional<CorePurposeArea> byId(String id) {
        return StableId.byId(CorePurposeArea.class, id);
    }
}
