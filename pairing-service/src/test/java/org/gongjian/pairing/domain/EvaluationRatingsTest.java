package org.gongjian.pairing.domain;

import org.gongjian.rest.RuleViolation;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each member organization rates the other side of a draft evaluation; a final one no longer changes. */
class EvaluationRatingsTest {

    private final UUID organ = UUID.randomUUID();
    private final UUID firm = UUID.randomUUID();
    private final UUID association = UUID.randomUUID();

    @Test
    void eachSideRatesTheOtherAndAMemberMayChangeItsRating() {
        Evaluation evaluation = draft();

        evaluation.rate(rating(organ, SideRating.Side.LEAD, 4));
        assertThat(evaluation.leadRating).isEqualTo(4);
        assertThat(evaluation.partnerRating).isNull();

        evaluation.rate(rating(firm, SideRating.Side.PARTNER, 3));
        evaluation.rate(rating(firm, SideRating.Side.PARTNER, 5));
        assertThat(evaluation.partnerRating).isEqualTo(5);
        assertThat(evaluation.sideRatings).hasSize(2);
        assertThat(evaluation.ratingBy(firm)).get().extracting(r -> r.rating).isEqualTo(5);
        assertThat(evaluation.ratingBy(association)).isEmpty();
    }

    @Test
    void thePartnersOfAnAllianceAreAveragedExactlyAndRoundedForTheRating() {
        Evaluation evaluation = draft();

        evaluation.rate(rating(firm, SideRating.Side.PARTNER, 4));
        evaluation.rate(rating(association, SideRating.Side.PARTNER, 5));

        assertThat(evaluation.mean(SideRating.Side.PARTNER)).hasValue(4.5);
        assertThat(evaluation.partnerRating).isEqualTo(5);
        assertThat(evaluation.mean(SideRating.Side.LEAD)).isEmpty();
    }

    @Test
    void aFinalEvaluationRefusesEveryRating() {
        Evaluation evaluation = draft();
        evaluation.rate(rating(organ, SideRating.Side.LEAD, 4));
        evaluation.status = Evaluation.Status.FINAL;

        assertThatThrownBy(() -> evaluation.rate(rating(organ, SideRating.Side.LEAD, 1)))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.status()).isEqualTo(409));
        assertThat(evaluation.leadRating).isEqualTo(4);
        assertThat(evaluation.sideRatings).hasSize(1);
    }

    private static Evaluation draft() {
        Evaluation evaluation = new Evaluation();
        evaluation.id = UUID.randomUUID();
        evaluation.status = Evaluation.Status.DRAFT;
        return evaluation;
    }

    private static SideRating rating(UUID organization, SideRating.Side side, int stars) {
        return new SideRating(organization, side, stars, null, "secretary", Instant.parse("2027-01-05T02:00:00Z"));
    }
}
