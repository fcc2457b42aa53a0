package org.gongjian.pairing.service;

import org.gongjian.pairing.domain.Evaluation;
import org.gongjian.pairing.domain.SideRating;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * An evaluation as read, with the title of its pairing. Its event's snapshot carries neither the draft's state, the
 * ratings nor the version, so the view holds the evaluation's own fields. {@code sideRatings}: the lead side's first,
 * each side's in the order given.
 */
public record EvaluationView(UUID id, UUID pairingId, String pairingTitle, String district, Evaluation.Status status,
        Evaluation.Origin origin, LocalDate periodStart, LocalDate periodEnd, double score, String rating,
        List<Part> parts, Integer leadRating, Integer partnerRating, List<Rating> sideRatings, String remarks,
        Instant openedAt, Instant evaluatedAt, Instant finalizedAt, long version) {

    /** One weighted part of the score; {@code basis} says what it was computed from. */
    public record Part(String name, double weight, double score, String basis) {
    }

    /** One member organization's rating of the other side. */
    public record Rating(UUID organizationId, SideRating.Side side, int rating, String remarks, Instant ratedAt) {
    }

    /** Of an evaluation whose changes are flushed, so that it carries its version. */
    static EvaluationView of(Evaluation evaluation, String pairingTitle) {
        return new EvaluationView(evaluation.id, evaluation.pairingId, pairingTitle, evaluation.district,
                evaluation.status, evaluation.origin, evaluation.periodStart, evaluation.periodEnd, evaluation.score,
                evaluation.rating,
                evaluation.parts.stream().map(p -> new Part(p.name(), p.weight(), p.score(), p.basis())).toList(),
                evaluation.leadRating, evaluation.partnerRating,
                evaluation.sideRatings.stream()
                        .sorted(Comparator.comparing((SideRating r) -> r.side).thenComparing(r -> r.ratedAt))
                        .map(r -> new Rating(r.organizationId, r.side, r.rating, r.remarks, r.ratedAt)).toList(),
                evaluation.remarks, evaluation.openedAt, evaluation.evaluatedAt, evaluation.finalizedAt,
                evaluation.version);
    }
}
