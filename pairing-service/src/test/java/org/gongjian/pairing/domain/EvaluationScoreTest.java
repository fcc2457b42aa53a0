package org.gongjian.pairing.domain;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import org.gongjian.events.pairing.CadencePeriod;
import org.gongjian.pairing.config.EvaluationWeights;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class EvaluationScoreTest {

    private static final EvaluationScore DEFAULT = new EvaluationScore(EvaluationScore.Weights.DEFAULT);

    @Test
    void byDefaultTheScoreWeighsCadenceFortyAndTheOtherPartsTwentyEach() {
        List<ScorePart> parts = DEFAULT.parts(new EvaluationScore.Facts(12, 3, 2, 1, 4, 3, 4.0, 4.0));
        assertThat(parts).extracting(ScorePart::score).containsExactly(75.0, 50.0, 75.0, 80.0);
        assertThat(parts).extracting(ScorePart::weight).containsExactly(0.4, 0.2, 0.2, 0.2);
        assertThat(EvaluationScore.total(parts)).isEqualTo(71.0);
    }

    @Test
    void theWeightsComeFromConfiguration() {
        EvaluationWeights configured = weights(Map.of("gongjian.pairing.evaluation.weights.cadence", "0.25",
                "gongjian.pairing.evaluation.weights.attendance", "0.25",
                "gongjian.pairing.evaluation.weights.demands-on-time", "0.1",
                "gongjian.pairing.evaluation.weights.partner-ratings", "0.4"));
        EvaluationScore.Weights weights = EvaluationScore.Weights.of(configured);
        assertThat(weights.problems()).isEmpty();
        List<ScorePart> parts = new EvaluationScore(weights)
                .parts(new EvaluationScore.Facts(12, 3, 2, 1, 4, 3, 4.0, 4.0));
        assertThat(parts).extracting(ScorePart::weight).containsExactly(0.25, 0.25, 0.1, 0.4);
        // 0.25 × 75 + 0.25 × 50 + 0.1 × 75 + 0.4 × 80
        assertThat(EvaluationScore.total(parts)).isCloseTo(70.75, within(0.051));
        assertThat(EvaluationScore.Weights.of(weights(Map.of())).problems()).isEmpty();
        assertThat(EvaluationScore.Weights.of(weights(Map.of())).cadence()).isEqualTo(0.4);
    }

    @Test
    void weightsThatDoNotSumToOneOrLeaveZeroToOneAreRefused() {
        assertThat(new EvaluationScore.Weights(0.4, 0.4, 0.2, 0.2).problems())
                .containsExactly("the weights sum to 1.2, not 1");
        assertThat(new EvaluationScore.Weights(-0.2, 0.6, 0.4, 0.2).problems())
                .containsExactly("cadence must be between 0 and 1, is -0.2");
        assertThat(new EvaluationScore.Weights(0.3333, 0.3333, 0.3334, 0).problems()).isEmpty();
    }

    @Test
    void untilASideRatesTheRatingsDoNotCountAndTheOtherPartsMakeTheWhole() {
        List<ScorePart> parts = DEFAULT.parts(new EvaluationScore.Facts(12, 3, 2, 1, 4, 3, null, null));
        assertThat(parts).extracting(ScorePart::weight).containsExactly(0.5, 0.25, 0.25, 0.0);
        assertThat(EvaluationScore.total(parts)).isCloseTo(68.75, within(0.051));
        List<ScorePart> oneSide = DEFAULT.parts(new EvaluationScore.Facts(12, 3, 2, 1, 4, 3, null, 4.5));
        assertThat(oneSide.get(3).score()).isEqualTo(90.0);
        assertThat(oneSide.get(3).basis()).isEqualTo("lead –/5, partners 4.5/5");
    }

    @Test
    void nothingToCountIsNoFaultExceptForActivitiesNeverHeld() {
        List<ScorePart> parts = DEFAULT.parts(new EvaluationScore.Facts(0, 0, 0, 0, 0, 0, 5.0, 5.0));
        assertThat(parts).extracting(ScorePart::score).containsExactly(100.0, 0.0, 100.0, 100.0);
    }

    private static EvaluationWeights weights(Map<String, String> properties) {
        SmallRyeConfig config = new SmallRyeConfigBuilder().withMapping(EvaluationWeights.class)
                .withSources(new PropertiesConfigSource(properties, "test", 100)).build();
        return config.getConfigMapping(EvaluationWeights.class);
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
