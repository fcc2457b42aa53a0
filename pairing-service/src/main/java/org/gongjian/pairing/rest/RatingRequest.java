package org.gongjian.pairing.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.gongjian.rest.MultiLine;

/** A member organization's rating (1–5) of the other side, with remarks. */
public record RatingRequest(@NotNull @Min(1) @Max(5) Integer rating, @MultiLine @Size(max = 2000) String remarks) {
}
