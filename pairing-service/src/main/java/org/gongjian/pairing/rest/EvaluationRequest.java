package org.gongjian.pairing.rest;

import jakarta.validation.constraints.Null;
import jakarta.validation.constraints.Size;
import org.gongjian.rest.MultiLine;

import java.time.LocalDate;

/**
 * The committee opens a draft evaluation for a period (default: the year up to today, or to the conclusion);
 * the sides rate each other on the draft ({@code .../ratings}), the committee then finalizes it.
 *
 * @param leadRating    no longer accepted: each side's secretary gives its own rating
 * @param partnerRating no longer accepted, as {@code leadRating}
 */
public record EvaluationRequest(@MultiLine @Size(max = 2000) String remarks, LocalDate periodStart,
        LocalDate periodEnd,
        @Null(message = "{pairing-texts:evaluation.side-rating}") Integer leadRating,
        @Null(message = "{pairing-texts:evaluation.side-rating}") Integer partnerRating) {
}
