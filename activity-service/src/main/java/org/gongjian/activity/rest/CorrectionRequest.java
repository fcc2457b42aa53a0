package org.gongjian.activity.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.gongjian.rest.MultiLine;

import java.util.List;

/**
 * Correct a held activity: the attendance, summary and outcomes as they should read, and why (required of the
 * committee).
 */
public record CorrectionRequest(
        @NotNull @Size(min = 1, max = ScheduleRequest.MAX_PARTICIPANTS) List<CompletionRequest.@NotNull @Valid AttendanceDto> attendance,
        @MultiLine @NotBlank @Size(max = 5000) String summary,
        @MultiLine @Size(max = 5000) String outcomes,
        @MultiLine @Size(max = 1000) String reason) {
}
