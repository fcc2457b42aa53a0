package org.gongjian.pairing.rest;

import org.gongjian.rest.Texts;
import org.gongjian.pairing.domain.Evaluation;
import org.gongjian.pairing.domain.ScorePart;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** An evaluation with its weighted parts; {@code ratingLabel} is the rating in the reader's language. */
public record EvaluationResponse(UUID id, UUID pairingId, String district, LocalDate periodStart, LocalDate periodEnd,
        double score, String rating, String ratingLabel, List<ScorePart> parts, int leadRating, int partnerRating,
        String remarks, Instant evaluatedAt) {

    static EvaluationResponse of(Evaluation evaluation, Locale locale) {
        return new EvaluationResponse(evaluation.id, evaluation.pairingId, evaluation.district, evaluation.periodStart,
                evaluation.periodEnd, evaluation.score, evaluation.rating,
                Texts.of("pairing").get(locale, "rating." + evaluation.rating), List.copyOf(evaluation.parts),
                evaluation.leadRating, evaluation.partnerRating, evaluation.remarks, evaluation.evaluatedAt);
    }
}
