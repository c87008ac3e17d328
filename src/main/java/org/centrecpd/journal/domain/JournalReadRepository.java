package org.centrecpd.journal.domain;

import java.util.List;
import org.centrecpd.base.ScopedData;
import org.springframework.data.jpa.repository.JpaRepository;

@ScopedData
public interface JournalReadRepository extends JpaRepository<JournalRead, Long> {

    List<JournalRead> findByEntryIdOrderByReadAtDesc(long entryId);

    /** Who opened which of several entries (an export: one statement). */
    List<JournalRead> findByEntryIdInOrderByReadAtDesc(java.util.Collection<Long> entryIds);
}
