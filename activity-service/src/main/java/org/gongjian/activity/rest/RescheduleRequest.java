package org.gongjian.activity.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.gongjian.events.activity.ActivityType;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Change a planned activity: its title, type, time, place or participants. */
public record RescheduleRequest(
        @NotBlank @Size(max = 200) String title,
        @NotNull ActivityType type,
        @NotNull OffsetDateTime startsAt,
        @NotNull OffsetDateTime endsAt,
        @Size(max = 300) String location,
        @Size(max = ScheduleRequest.MAX_PARTICIPANTS) List<@NotNull UUID> participantIds) {
}
