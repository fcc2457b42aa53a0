package org.gongjian.activity.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.UUID;

/** Record an activity as held: who came from each organization, what happened, what came of it. */
public record CompletionRequest(
        @NotNull @Size(min = 1) List<@NotNull @Valid AttendanceDto> attendance,
        @NotBlank @Size(max = 5000) String summary,
        @Size(max = 5000) String outcomes) {

    public record AttendanceDto(@NotNull UUID organizationId, @PositiveOrZero int full, @PositiveOrZero int probationary,
            @PositiveOrZero int others) {
    }
}
