package org.gongjian.activity.domain;

import org.gongjian.events.pairing.CadencePeriod;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class PeriodTest {

    @Test
    void monthsAndQuartersAreHalfOpen() {
        Period june = Period.containing(CadencePeriod.MONTH, LocalDate.of(2025, 6, 30));
        assertThat(june.start()).isEqualTo(LocalDate.of(2025, 6, 1));
        assertThat(june.end()).isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(june.label()).isEqualTo("2025-06");
        Period q2 = Period.containing(CadencePeriod.QUARTER, LocalDate.of(2025, 5, 15));
        assertThat(q2.start()).isEqualTo(LocalDate.of(2025, 4, 1));
        assertThat(q2.end()).isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(q2.label()).isEqualTo("2025-Q2");
        assertThat(q2.previous().label()).isEqualTo("2025-Q1");
        assertThat(Period.containing(CadencePeriod.MONTH, LocalDate.of(2025, 1, 3)).previous().label()).isEqualTo("2024-12");
    }

    @Test
    void parsesMonthsAndQuartersAndRefusesAnythingElse() {
        assertThat(Period.parse("2025-Q4").start()).isEqualTo(LocalDate.of(2025, 10, 1));
        assertThat(Period.parse("2025-06").as(CadencePeriod.QUARTER).label()).isEqualTo("2025-Q2");
        assertThat(Period.parse("2025-13")).isNull();
        assertThat(Period.parse("2025-Q5")).isNull();
        assertThat(Period.parse("June")).isNull();
    }

    @Test
    void aShortPeriodIsAtRiskInItsLastWeekAndMissedOnceItEnds() {
        Period june = Period.parse("2025-06");
        assertThat(CadenceStanding.of(june, 1, 0, LocalDate.of(2025, 6, 23))).isEqualTo(CadenceStanding.IN_PROGRESS);
        assertThat(CadenceStanding.of(june, 1, 0, LocalDate.of(2025, 6, 24))).isEqualTo(CadenceStanding.AT_RISK);
        assertThat(CadenceStanding.of(june, 1, 0, LocalDate.of(2025, 7, 1))).isEqualTo(CadenceStanding.MISSED);
        assertThat(CadenceStanding.of(june, 2, 2, LocalDate.of(2025, 7, 1))).isEqualTo(CadenceStanding.OK);
    }
}
