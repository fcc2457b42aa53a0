package org.gongjian.activity.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.gongjian.events.activity.ActivityType;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Schedule an activity; {@code participantIds} defaults to every member of the pairing. */
public record ScheduleRequest(
        @NotNull UUID pairingId,
        @NotBlank @Size(max = 200) String title,
        @NotNull ActivityType type,
        @NotNull OffsetDateTime startsAt,
        @NotNull OffsetDateTime endsAt,
        @Size(max = 300) String location,
        @Size(max = MAX_PARTICIPANTS) List<@NotNull UUID> participantIds) {

    /** A pairing has a lead and at most 50 partners. */
    public static final int MAX_PARTICIPANTS = 51;
}
