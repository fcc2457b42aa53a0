package org.gongjian.events.pairing;

import static org.gongjian.events.Snapshots.listOf;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The committee's evaluation of one pairing over one period (at term end, or yearly).
 *
 * @param id          the evaluation
 * @param pairingId   the pairing evaluated
 * @param district    the district (tenant) it belongs to
 * @param periodStart the first day evaluated, inclusive
 * @param periodEnd   the last day evaluated, inclusive
 * @param score       the weighted score, 0 to 100
 * @param rating      the rating the score earned, e.g. {@code EXCELLENT}, {@code GOOD}, {@code FAIR},
 *                    {@code POOR}; a string, so that a district may use its own scale
 * @param parts       the weighted parts the score is made of (cadence kept, attendance, demands resolved,
 *                    partner ratings); empty when the score was given as a whole
 * @param remarks     the committee's remarks; {@code null} when none
 * @param evaluatedAt when the evaluation was recorded
 */
public record EvaluationSnapshot(
        UUID id,
        UUID pairingId,
        String district,
        LocalDate periodStart,
        LocalDate periodEnd,
        double score,
        String rating,
        List<Part> parts,
        String remarks,
        OffsetDateTime evaluatedAt) {

    public EvaluationSnapshot {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(pairingId, "pairingId");
        Objects.requireNonNull(district, "district");
        Objects.requireNonNull(periodStart, "periodStart");
        Objects.requireNonNull(periodEnd, "periodEnd");
        requireScore(score, "score");
        Objects.requireNonNull(rating, "rating");
        parts = listOf(parts);
        Objects.requireNonNull(evaluatedAt, "evaluatedAt");
    }

    /**
     * @param name   e.g. {@code cadence}, {@code attendance}, {@code demands}, {@code partnerRating}
     * @param weight its weight, 0 to 1
     * @param score  its own score, 0 to 100
     */
    public record Part(String name, double weight, double score) {
        public Part {
            Objects.requireNonNull(name, "part.name");
            if (!(weight >= 0 && weight <= 1)) {
                throw new IllegalArgumentException("part.weight must be between 0 and 1: " + weight);
            }
            requireScore(score, "part.score");
        }
    }

    private static void requireScore(double score, String name) {
        if (!(score >= 0 && score <= 100)) {
            throw new IllegalArgumentException(name + " must be between 0 and 100: " + score);
        }
    }
}
