package org.centrecpd.training.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.centrecpd.organisation.StaffMember;
import org.junit.jupiter.api.Test;

/** Names and addresses as people type or paste them (issue 33 §4). */
class PeopleListTest {

    private final List<StaffMember> staff = List.of(
        new StaffMember(1, "Zoë Okafor", "zoe.okafor@ashbrook.example", null, null),
        new StaffMember(2, "Amara Osei", "amara.osei@ashbrook.example", null, null),
        new StaffMember(3, "Amara Lewis", "a.lewis@ashbrook.example", null, null));

    @Test
    void aWholeNameAnAddressOrAPartThatFitsOnePersonMatches() {
        PeopleList list = PeopleList.match(staff, "zoe okafor\nAMARA.OSEI@ashbrook.example; Amara Lewis <a.lewis@ashbrook.example>");

        assertThat(list.found()).extracting(StaffMember::personId).containsExactly(1L, 2L, 3L);
        assertThat(list.notFound()).isEmpty();
        assertThat(PeopleList.match(staff, "Lewis").found()).extracting(StaffMember::personId).containsExactly(3L);
    }

    @Test
    void whatFitsNobodyOrSeveralIsListedNotGuessed() {
        PeopleList list = PeopleList.match(staff, "Amara, Nobody Here,\t, Okafor");

        assertThat(list.found()).extracting(StaffMember::personId).containsExactly(1L);
        assertThat(list.ambiguous()).containsExactly("Amara");
        assertThat(list.notFound()).containsExactly("Nobody Here");
    }
}
