package org.centrecpd.privacy.service;

import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.centrecpd.organisation.PeopleOnRecord;
import org.centrecpd.security.Role;
import org.springframework.stereotype.Service;

/** The admin's picker of a person (leavers included, whom the people list no longer shows at a centre). */
@Service
public class PersonLookup {

    private final PeopleOnRecord people;

    PersonLookup(PeopleOnRecord people) {
        this.people = people;
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public List<PeopleOnRecord.OnRecord> find(String text) {
        return text == null || text.isBlank() ? List.of() : people.search(text.strip(), 20);
    }
}
