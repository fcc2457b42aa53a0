package org.gongjian.activity.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.gongjian.events.activity.DisputeOutcome;
import org.gongjian.rest.MultiLine;

/** The committee's decision on a dispute: {@code UPHELD} (the activity no longer counts) or {@code DISMISSED} (it stands). */
public record DisputeResolutionRequest(@NotNull DisputeOutcome outcome, @MultiLine @NotBlank @Size(max = 1000) String reason) {
}
