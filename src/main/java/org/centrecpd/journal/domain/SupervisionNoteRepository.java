package org.centrecpd.journal.domain;

import java.util.List;
import org.centrecpd.base.ScopedData;
import org.springframework.data.jpa.repository.JpaRepository;

@ScopedData
public interface SupervisionNoteRepository extends JpaRepository<SupervisionNote, Long> {

    List<SupervisionNote> findByStaffIdOrderByMeetingDateDescIdDesc(long staffId);

    List<SupervisionNote> findByStaffIdAndManagerIdOrderByMeetingDateDescIdDesc(long staffId, long managerId);
}
