package org.gongjian.pairing.domain;

import org.gongjian.events.pairing.CadencePeriod;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Calendar months and quarters, as the cadence counts them. */
class CadencePeriodsTest {

    @Test
    void aDayBelongsToItsCalendarMonthAndQuarter() {
        LocalDate day = LocalDate.of(2026, 5, 30);

        assertThat(CadencePeriods.startOf(day, CadencePeriod.MONTH)).isEqualTo(LocalDate.of(2026, 5, 1));
        assertThat(CadencePeriods.startOf(day, CadencePeriod.QUARTER)).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(CadencePeriods.startOf(LocalDate.of(2026, 3, 31), CadencePeriod.QUARTER)).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(CadencePeriods.startOf(LocalDate.of(2026, 12, 31), CadencePeriod.QUARTER)).isEqualTo(LocalDate.of(2026, 10, 1));
    }

    @Test
    void theNextPeriodCrossesTheYear() {
        assertThat(CadencePeriods.next(LocalDate.of(2026, 12, 1), CadencePeriod.MONTH)).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(CadencePeriods.next(LocalDate.of(2026, 10, 1), CadencePeriod.QUARTER)).isEqualTo(LocalDate.of(2027, 1, 1));
    }

    @Test
    void everyPeriodTouchedByATermCountsEvenInPart() {
        LocalDate from = LocalDate.of(2026, 5, 30);
        LocalDate to = LocalDate.of(2027, 5, 29);

        assertThat(CadencePeriods.count(from, to, CadencePeriod.MONTH)).isEqualTo(13);
        assertThat(CadencePeriods.count(from, to, CadencePeriod.QUARTER)).isEqualTo(5);
        assertThat(CadencePeriods.count(from, from, CadencePeriod.MONTH)).isEqualTo(1);
        assertThat(CadencePeriods.count(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), CadencePeriod.QUARTER)).isEqualTo(4);
    }

    @Test
    void aRangeThatEndsBeforeItBeginsHoldsNoPeriod() {
        assertThat(CadencePeriods.count(LocalDate.of(2026, 5, 30), LocalDate.of(2026, 5, 29), CadencePeriod.MONTH)).isZero();
    }
}
