package org.gongjian.pairing.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An evaluation with its weighted parts; {@code ratingLabel} is the rating in the reader's language. A draft's
 * score is the figures as they stand; {@code status} is {@code DRAFT} or {@code FINAL} (evaluations recorded before
 * the sides rated are {@code FINAL}, {@code origin} {@code COMMITTEE}, with no {@code sideRatings}).
 */
public record EvaluationResponse(UUID id, UUID pairingId, String pairingTitle, String district, String status,
        String origin, LocalDate periodStart, LocalDate periodEnd, double score, String rating, String ratingLabel,
        List<Part> parts, Integer leadRating, Integer partnerRating, List<Rating> sideRatings, String remarks,
        Instant openedAt, Instant evaluatedAt, Instant finalizedAt, long version) {

    /** One weighted part of the score; {@code basis} says what it was computed from. */
    public record Part(String name, double weight, double score, String basis) {
    }

    /** One member organization's rating of the other side. */
    public record Rating(UUID organizationId, String side, int rating, String remarks, Instant ratedAt) {
    }
}
