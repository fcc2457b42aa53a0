package org.gongjian.activity.rest;

import org.gongjian.activity.service.CompletionReport;
import jakarta.validation.constraints.Max;
import org.gongjian.rest.MultiLine;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.UUID;

/** Record an activity as held: who came from each organization, what happened, what came of it. */
public record CompletionRequest(
        @NotNull @Size(min = 1, max = ScheduleRequest.MAX_PARTICIPANTS) List<@NotNull @Valid AttendanceDto> attendance,
        @MultiLine @NotBlank @Size(max = 5000) String summary,
        @MultiLine @Size(max = 5000) String outcomes) {

    public record AttendanceDto(@NotNull UUID organizationId, @PositiveOrZero @Max(CompletionReport.MAX_PEOPLE) int full,
            @PositiveOrZero @Max(CompletionReport.MAX_PEOPLE) int probationary,
            @PositiveOrZero @Max(CompletionReport.MAX_PEOPLE) int others) {
    }
}
