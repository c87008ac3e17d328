package org.centrecpd.workshops.domain;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/**
 * Does a person facilitate a session of a course? Asked about the signed-in person only (the course
 * player's facilitator material), so it is not scoped: it shows no one else's rows.
 */
public interface Facilitating extends Repository<WorkshopSession, Long> {

    @Query("""
        select count(s) > 0 from WorkshopSession s join CourseListing c on c.id = s.courseId
        where c.slug = :slug and :personId member of s.facilitators and s.cancelledOn is null""")
    boolean facilitates(@Param("personId") long personId, @Param("slug") String slug);
}
