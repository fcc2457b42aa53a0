package org.gongjian.pairing.rest;

import org.gongjian.rest.MultiLine;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/**
 * The committee's evaluation: each side's rating of the other (1–5) and remarks; the period defaults to the
 * year up to today (or to the conclusion).
 *
 * @param leadRating    the lead side's rating of the partners
 * @param partnerRating the partners' rating of the lead side
 */
public record EvaluationRequest(@NotNull @Min(1) @Max(5) Integer leadRating,
        @NotNull @Min(1) @Max(5) Integer partnerRating, @MultiLine @Size(max = 2000) String remarks, LocalDate periodStart,
        LocalDate periodEnd) {
}
