package org.gongjian.pairing.service;

import org.gongjian.pairing.domain.Evaluation;
import org.gongjian.pairing.domain.ScorePart;
import org.gongjian.pairing.domain.SideRating;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** An evaluation as read: the lead side's rating first, each side's ratings in the order they were given. */
class EvaluationViewTest {

    private static final Instant OPENED = Instant.parse("2026-01-05T02:00:00Z");

    @Test
    void theLeadSidesRatingComesFirstAndEachSidesInTheOrderGiven() {
        Evaluation evaluation = draft();
        UUID firm = UUID.randomUUID();
        UUID association = UUID.randomUUID();
        UUID organ = UUID.randomUUID();
        evaluation.rate(new SideRating(association, SideRating.Side.PARTNER, 5, null, "b", OPENED.plusSeconds(20)));
        evaluation.rate(new SideRating(firm, SideRating.Side.PARTNER, 4, "好", "a", OPENED.plusSeconds(10)));
        evaluation.rate(new SideRating(organ, SideRating.Side.LEAD, 3, null, "c", OPENED.plusSeconds(30)));

        EvaluationView view = EvaluationView.of(evaluation, "结对共建");

        assertThat(view.sideRatings()).extracting(EvaluationView.Rating::organizationId)
                .containsExactly(organ, firm, association);
        assertThat(view.sideRatings().get(1))
                .isEqualTo(new EvaluationView.Rating(firm, SideRating.Side.PARTNER, 4, "好", OPENED.plusSeconds(10)));
        assertThat(view.leadRating()).isEqualTo(3);
        assertThat(view.partnerRating()).isEqualTo(5);
        assertThat(view.pairingTitle()).isEqualTo("结对共建");
    }

    @Test
    void thePartsKeepTheirBasis() {
        Evaluation evaluation = draft();
        evaluation.parts.add(new ScorePart("cadence", 0.4, 75.0, "9 of 12 periods kept"));

        assertThat(EvaluationView.of(evaluation, null).parts())
                .containsExactly(new EvaluationView.Part("cadence", 0.4, 75.0, "9 of 12 periods kept"));
    }

    private static Evaluation draft() {
        Evaluation evaluation = new Evaluation();
        evaluation.id = UUID.randomUUID();
        evaluation.pairingId = UUID.randomUUID();
        evaluation.district = "xiangtan-htz";
        evaluation.status = Evaluation.Status.DRAFT;
        evaluation.origin = Evaluation.Origin.COMMITTEE;
        evaluation.periodStart = LocalDate.of(2025, 1, 1);
        evaluation.periodEnd = LocalDate.of(2025, 12, 31);
        evaluation.rating = "GOOD";
        evaluation.openedAt = OPENED;
        evaluation.evaluatedAt = OPENED;
        return evaluation;
    }
}
