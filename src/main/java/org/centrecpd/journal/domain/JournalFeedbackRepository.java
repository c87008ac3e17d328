package org.centrecpd.journal.domain;

import java.util.List;
import org.centrecpd.base.ScopedData;
import org.springframework.data.jpa.repository.JpaRepository;

@ScopedData
public interface JournalFeedbackRepository extends JpaRepository<JournalFeedback, Long> {

    List<JournalFeedback> findByEntryIdOrderByWrittenAt(long entryId);
}
