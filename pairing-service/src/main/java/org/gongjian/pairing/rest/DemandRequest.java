package org.gongjian.pairing.rest;

import org.gongjian.rest.MultiLine;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** A demand raised by the partner side; {@code dueOn} defaults to 15 days from today. */
public record DemandRequest(@NotBlank @Size(max = 64) String category, @NotBlank @Size(max = 300) String title,
        @MultiLine @Size(max = 5000) String detail, LocalDate dueOn) {
}
