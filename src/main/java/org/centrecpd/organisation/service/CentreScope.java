package org.centrecpd.organisation.service;

import java.util.List;
import java.util.Set;

/**
 * The centres a user may act on today. {@code everywhere} is an admin's scope; otherwise the set is
 * the whole answer (an empty set means none).
 */
public record CentreScope(boolean everywhere, Set<Long> centreIds) {

    static CentreScope everywhereScope() {
        return new CentreScope(true, Set.of());
    }

    public boolean includes(long centreId) {
        return everywhere || centreIds.contains(centreId);
    }

    /** Ids for an SQL {@code in} list; never empty, because {@code in ()} is not valid SQL. */
    public List<Long> idsForQuery() {
        return centreIds.isEmpty() ? List.of(-1L) : List.copyOf(centreIds);
    }
}
