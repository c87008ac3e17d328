package org.centrecpd.journal.domain;

import java.util.List;
import org.centrecpd.base.ScopedData;
import org.springframework.data.jpa.repository.JpaRepository;

@ScopedData
public interface JournalFeedbackRepository extends JpaRepository<JournalFeedback, Long> {

    List<JournalFeedback> findByEntryIdOrderByWrittenAt(long entryId);

    /** The feedback on several entries (an export, a supervision list: one statement). */
    List<JournalFeedback> findByEntryIdInOrderByWrittenAt(java.util.Collection<Long> entryIds);
}
