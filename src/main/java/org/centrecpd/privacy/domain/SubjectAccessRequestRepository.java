package org.centrecpd.privacy.domain;

import java.util.List;
import java.util.Optional;
import org.centrecpd.base.ScopedData;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

@ScopedData
public interface SubjectAccessRequestRepository extends JpaRepository<SubjectAccessRequest, Long> {

    Optional<SubjectAccessRequest> findByTokenHash(String tokenHash);

    List<SubjectAccessRequest> findByPersonIdOrderByReceivedOnDescIdDesc(long personId);

    /** Open requests first (soonest due first), then the answered ones, newest first. */
    @Query("select r from SubjectAccessRequest r where r.channel <> org.centrecpd.privacy.domain.SubjectAccessRequest.Channel.LEAVER "
        + "order by case when r.fulfilledAt is null then 0 else 1 end, r.dueOn, r.id desc")
    List<SubjectAccessRequest> requestsForAdmins();

    boolean existsByPersonIdAndChannel(long personId, SubjectAccessRequest.Channel channel);
}
