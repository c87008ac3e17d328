package org.centrecpd.casestudies;

import org.centrecpd.base.StableId;

/** The ages of the children a piece of practice was for (a case study may cover several). */
public enum ChildrenAge implements StableId {
    PREGNANCY("pregnancy"),
    UNDER_TWO("under-2"),
    TWO_YEAR_OLDS("2-year-olds"),
    THREE_AND_FOUR("3-and-4"),
    RECEPTION("reception");

    private final String id;

    ChildrenAge(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    public String key() {
        return "childrenAge." + id;
    }
}
