package org.centrecpd.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The one effective-dating rule: the end date is exclusive, an open period has none. */
class PeriodTest {

    private static final LocalDate SEPT_1 = LocalDate.of(2025, 9, 1);

    @Test
    void aPeriodHoldsFromItsFirstDayUntilTheDayBeforeItsEnd() {
        Period before = new Period(LocalDate.of(2023, 4, 1), SEPT_1);
        assertThat(before.contains(LocalDate.of(2023, 4, 1))).isTrue();
        assertThat(before.contains(LocalDate.of(2025, 8, 31))).isTrue();
        assertThat(before.contains(SEPT_1)).isFalse();
        assertThat(before.contains(LocalDate.of(2023, 3, 31))).isFalse();
        assertThat(Period.from(SEPT_1).contains(LocalDate.of(2099, 1, 1))).isTrue();
    }

    @Test
    void periodsThatFollowEachOtherShareADateButNotADay() {
        Period before = new Period(LocalDate.of(2023, 4, 1), SEPT_1);
        Period after = Period.from(SEPT_1);
        assertThat(before.overlaps(after)).isFalse();
        assertThat(after.overlaps(before)).isFalse();
        assertThat(before.overlaps(Period.from(LocalDate.of(2025, 8, 31)))).isTrue();
        assertThat(Period.from(SEPT_1).overlaps(Period.from(LocalDate.of(2030, 1, 1)))).isTrue();
        // A job that ended the day it started (entered by mistake) overlaps nothing.
        assertThat(new Period(SEPT_1, SEPT_1).overlaps(Period.from(LocalDate.of(2020, 1, 1)))).isFalse();
    }

    @Test
    void aPeriodCannotEndBeforeItStarts() {
        assertThatThrownBy(() -> new Period(SEPT_1, LocalDate.of(2025, 8, 31)))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("before it starts");
        assertThat(Period.from(LocalDate.of(2023, 4, 1)).endingOn(SEPT_1)).isEqualTo(new Period(LocalDate.of(2023, 4, 1), SEPT_1));
    }
}
