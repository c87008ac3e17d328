package org.centrecpd.courses;

import java.util.Arrays;
import java.util.List;
import org.centrecpd.journal.service.CorePurposeAreaIds;
import org.springframework.stereotype.Component;

/** Tells the journal the core-purpose areas (see {@link CorePurposeAreaIds} for why it asks this way). */
@Component
class JournalAreas implements CorePurposeAreaIds {

    @Override
    public List<String> ids() {
        return Arrays.stream(CorePurposeArea.values()).map(CorePurposeArea::id).toList();
    }
}
