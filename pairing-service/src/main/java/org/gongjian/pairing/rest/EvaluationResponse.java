package org.gongjian.pairing.rest;

import org.gongjian.pairing.domain.Evaluation;
import org.gongjian.pairing.domain.ScorePart;
import org.gongjian.pairing.domain.SideRating;
import org.gongjian.rest.Texts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * An evaluation with its weighted parts; {@code ratingLabel} is the rating in the reader's language. A draft's
 * score is the figures as they stand; {@code status} is {@code DRAFT} or {@code FINAL} (evaluations recorded before
 * the sides rated are {@code FINAL}, {@code origin} {@code COMMITTEE}, with no {@code sideRatings}).
 */
public record EvaluationResponse(UUID id, UUID pairingId, String pairingTitle, String district, String status,
        String origin, LocalDate periodStart, LocalDate periodEnd, double score, String rating, String ratingLabel,
        List<ScorePart> parts, Integer leadRating, Integer partnerRating, List<Rating> sideRatings, String remarks,
        Instant openedAt, Instant evaluatedAt, Instant finalizedAt, long version) {

    /** One member organization's rating of the other side. */
    public record Rating(UUID organizationId, String side, int rating, String remarks, Instant ratedAt) {
    }

    static EvaluationResponse of(Evaluation evaluation, String pairingTitle, Locale locale) {
        return new EvaluationResponse(evaluation.id, evaluation.pairingId, pairingTitle, evaluation.district,
                evaluation.status.name(), evaluation.origin.name(), evaluation.periodStart, evaluation.periodEnd,
                evaluation.score, evaluation.rating, Texts.of("pairing").get(locale, "rating." + evaluation.rating),
                List.copyOf(evaluation.parts), evaluation.leadRating, evaluation.partnerRating,
                evaluation.sideRatings.stream().sorted(Comparator.comparing((SideRating r) -> r.side)
                                .thenComparing(r -> r.ratedAt))
                        .map(r -> new Rating(r.organizationId, r.side.name(), r.rating, r.remarks, r.ratedAt)).toList(),
                evaluation.remarks, evaluation.openedAt, evaluation.evaluatedAt, evaluation.finalizedAt,
                evaluation.version);
    }
}
