package org.gongjian.pairing.rest;

import org.gongjian.pairing.domain.Evaluation;
import org.gongjian.pairing.domain.SideRating;
import org.gongjian.pairing.service.EvaluationView;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** An evaluation as the API answers it: the rating's label in the reader's language, the enums by name. */
class EvaluationMapperTest {

    private static final Instant OPENED = Instant.parse("2026-01-05T02:00:00Z");

    @Test
    void theRatingIsLabelledInTheReadersLanguage() {
        EvaluationView view = view("EXCELLENT");

        assertThat(EvaluationMapper.response(view, Locale.SIMPLIFIED_CHINESE).ratingLabel()).isEqualTo("优秀");
        assertThat(EvaluationMapper.response(view, Locale.ENGLISH).ratingLabel()).isEqualTo("Excellent");
        assertThat(EvaluationMapper.response(view("POOR"), Locale.ENGLISH).ratingLabel()).isEqualTo("Poor");
    }

    @Test
    void statusOriginAndSidesAreNamedAndPartsAndRatingsKeepTheirOrder() {
        EvaluationView view = view("GOOD");

        EvaluationResponse response = EvaluationMapper.response(view, Locale.SIMPLIFIED_CHINESE);

        assertThat(response.status()).isEqualTo("DRAFT");
        assertThat(response.origin()).isEqualTo("TERM_END");
        assertThat(response.parts()).containsExactly(
                new EvaluationResponse.Part("cadence", 0.4, 75.0, "9 of 12 periods kept"),
                new EvaluationResponse.Part("mutualRating", 0.2, 80.0, null));
        assertThat(response.sideRatings()).extracting(EvaluationResponse.Rating::side).containsExactly("LEAD", "PARTNER");
        assertThat(response.sideRatings()).extracting(EvaluationResponse.Rating::rating).containsExactly(4, 5);
        assertThat(response.pairingTitle()).isEqualTo("结对共建");
        assertThat(response.version()).isEqualTo(3);
    }

    private static EvaluationView view(String rating) {
        return new EvaluationView(UUID.randomUUID(), UUID.randomUUID(), "结对共建", "xiangtan-htz",
                Evaluation.Status.DRAFT, Evaluation.Origin.TERM_END, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31),
                77.5, rating,
                List.of(new EvaluationView.Part("cadence", 0.4, 75.0, "9 of 12 periods kept"),
                        new EvaluationView.Part("mutualRating", 0.2, 80.0, null)),
                4, 5,
                List.of(new EvaluationView.Rating(UUID.randomUUID(), SideRating.Side.LEAD, 4, "好", OPENED),
                        new EvaluationView.Rating(UUID.randomUUID(), SideRating.Side.PARTNER, 5, null, OPENED)),
                null, OPENED, OPENED, null, 3);
    }
}
