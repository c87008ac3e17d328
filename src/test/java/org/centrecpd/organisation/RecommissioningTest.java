package org.centrecpd.organisation;

import org.centrecpd.organisation.service.Workplaces;
import org.centrecpd.support.CentreTest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.centrecpd.base.RuleViolation;
import org.centrecpd.demo.DemoLogins;
import org.centrecpd.organisation.service.ArrangementRow;
import org.centrecpd.organisation.service.CentreService;
import org.centrecpd.organisation.service.PeopleService;
import org.centrecpd.organisation.service.StructureService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.springframework.data.domain.Pageable;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** Recommissioning moves a centre to another provider or group on a date; the past stays answerable. */
@CentreTest
@Transactional
@WithUserDetails(value = DemoLogins.ADMIN, setupBefore = TestExecutionEvent.TEST_METHOD)
class RecommissioningTest {

    @Autowired
    CentreService centres;
    @Autowired
    PeopleService people;
    @Autowired
    Workplaces workplaces;
    @Autowired
    StructureService structure;

    @Test
    void theSeededRecommissioningIsAnsweredAsAtAnyDate() {
        long fenbrook = centres.rows("Fenbrook", Pageable.ofSize(1)).getFirst().id();
        String before = centres.arrangementOn(fenbrook, LocalDate.of(2024, 1, 1)).orElseThrow().provider();
        String after = centres.arrangementOn(fenbrook, LocalDate.of(2025, 9, 1)).orElseThrow().provider();
        assertThat(before).isNotEqualTo(after);
        assertThat(centres.arrangementOn(fenbrook, LocalDate.of(2025, 8, 31)).orElseThrow().provider()).isEqualTo(before);
        assertThat(centres.arrangementOn(fenbrook, LocalDate.of(2020, 1, 1))).isEmpty();
        assertThat(centres.history(fenbrook)).hasSize(2);
    }

    @Test
    void recommissioningKeepsHistoryAndStaff() {
        var ashbrookRow = centres.rows("Ashbrook", Pageable.ofSize(1)).getFirst();
        long ashbrook = ashbrookRow.id();
        long staffBefore = people.countStaff(ashbrook, "");
        var centre = centres.details(ashbrook);
        var newProvider = structure.providersOf(centre.localAuthorityId()).stream()
            .filter(p -> !p.name().equals(ashbrookRow.provider())).findFirst().orElseThrow();
        var newGroup = structure.groupsOf(centre.localAuthorityId()).getLast();

        centres.recommission(ashbrook, newProvider.id(), newGroup.id(), LocalDate.of(2026, 12, 1), "New contract");

        var history = centres.history(ashbrook);
        assertThat(history).hasSize(2);
        assertThat(history.getFirst()).extracting(ArrangementRow::provider, ArrangementRow::from, ArrangementRow::until)
            .containsExactly(newProvider.name(), LocalDate.of(2026, 12, 1), null);
        assertThat(history.getLast().until()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(centres.arrangementOn(ashbrook, LocalDate.of(2026, 11, 30)).orElseThrow().provider())
            .isEqualTo(ashbrookRow.provider());
        assertThat(people.countStaff(ashbrook, "")).isEqualTo(staffBefore);
    }

    @Test
    void aChangeCannotPrecedeTheArrangementInForce() {
        long ashbrook = centres.rows("Ashbrook", Pageable.ofSize(1)).getFirst().id();
        var centre = centres.details(ashbrook);
        var provider = structure.providersOf(centre.localAuthorityId()).getFirst();
        assertThatThrownBy(() -> centres.recommission(ashbrook, provider.id(), null, LocalDate.of(2022, 1, 1), "too early"))
            .isInstanceOf(RuleViolation.class)
            .extracting(e -> ((RuleViolation) e).messageKey()).isEqualTo("centre.recommission.tooEarly");
    }

    @Test
    void aProviderFromAnotherAuthorityIsRefused() {
        long ashbrook = centres.rows("Ashbrook", Pageable.ofSize(1)).getFirst().id();
        var southdown = structure.authorityChoices().stream().filter(a -> a.name().startsWith("Southdown")).findFirst().orElseThrow();
        var foreign = structure.providersOf(southdown.id()).getFirst();
        assertThatThrownBy(() -> centres.recommission(ashbrook, foreign.id(), null, LocalDate.of(2027, 1, 1), "x"))
            .isInstanceOf(RuleViolation.class)
            .extracting(e -> ((RuleViolation) e).messageKey()).isEqualTo("centre.authority.mismatch");
        assertThat(centres.history(ashbrook)).extracting(ArrangementRow::provider).doesNotContain(foreign.name());
    }

    @Test
    void aPersonMovingCentreKeepsTheirHistory() {
        long bramley = centres.rows("Bramley", Pageable.ofSize(1)).getFirst().id();
        var amara = people.rows("Amara Osei", Pageable.ofSize(1)).getFirst();
        workplaces.moveTo(amara.id(), bramley, JobRole.OUTREACH_WORKER, LocalDate.of(2026, 11, 30));
        var history = people.employmentHistory(amara.id());
        assertThat(history).hasSize(2);
        assertThat(history.getFirst().centre()).isEqualTo("Bramley Children's Centre");
        assertThat(history.getLast().end()).isEqualTo(LocalDate.of(2026, 11, 30));
    }
}
