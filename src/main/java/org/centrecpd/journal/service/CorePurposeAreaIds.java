package org.centrecpd.journal.service;

import java.util.List;

/**
 * The core-purpose areas an entry can be filed under, as their stable ids (the words come from the
 * translation bundle, key {@code corePurpose.<id>}). The areas are defined once, in
 * {@code courses.CorePurposeArea}; the journal cannot import it, because courses already depends on
 * the journal (course answers are written into it) and the modules must stay acyclic. So the journal
 * asks for the ids through this interface, which the courses module implements, and stores the ids
 * as strings, exactly as course files spell them.
 */
public interface CorePurposeAreaIds {

    List<String> ids();
}
