package org.gongjian.pairing.domain;

import org.gongjian.events.pairing.CadencePeriod;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EvaluationScoreTest {

    @Test
    void theScoreWeighsCadenceFortyAndTheOtherPartsTwentyEach() {
        List<ScorePart> parts = EvaluationScore.parts(new EvaluationScore.Facts(12, 3, 2, 1, 4, 3, 4, 4));
        assertThat(parts).extracting(ScorePart::score).containsExactly(75.0, 50.0, 75.0, 80.0);
        assertThat(parts).extracting(ScorePart::weight).containsExactly(0.4, 0.2, 0.2, 0.2);
        assertThat(EvaluationScore.total(parts)).isEqualTo(71.0);
    }

    @Test
    void nothingToCountIsNoFaultExceptForActivitiesNeverHeld() {
        List<ScorePart> parts = EvaluationScore.parts(new EvaluationScore.Facts(0, 0, 0, 0, 0, 0, 5, 5));
        assertThat(parts).extracting(ScorePart::score).containsExactly(100.0, 0.0, 100.0, 100.0);
    }

    @Test
    void ratingBands() {
        assertThat(EvaluationScore.rating(90)).isEqualTo("EXCELLENT");
        assertThat(EvaluationScore.rating(89.9)).isEqualTo("GOOD");
        assertThat(EvaluationScore.rating(75)).isEqualTo("GOOD");
        assertThat(EvaluationScore.rating(60)).isEqualTo("FAIR");
        assertThat(EvaluationScore.rating(59.9)).isEqualTo("POOR");
    }

    @Test
    void periodsAreCalendarMonthsOrQuarters() {
        assertThat(CadencePeriods.count(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), CadencePeriod.MONTH))
                .isEqualTo(12);
        assertThat(CadencePeriods.count(LocalDate.of(2025, 2, 15), LocalDate.of(2025, 7, 1), CadencePeriod.QUARTER))
                .isEqualTo(3);
        assertThat(CadencePeriods.startOf(LocalDate.of(2025, 8, 20), CadencePeriod.QUARTER))
                .isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(CadencePeriods.count(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 1, 1), CadencePeriod.MONTH))
                .isZero();
    }
}
