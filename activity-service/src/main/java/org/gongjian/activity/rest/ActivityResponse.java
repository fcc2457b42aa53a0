package org.gongjian.activity.rest;

import org.gongjian.events.activity.ActivityStatus;
import org.gongjian.events.activity.ActivityType;
import org.gongjian.events.activity.DisputeOutcome;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * An activity as the API shows it. {@code kept}: it counts toward cadence (held, and confirmed by the partner side or a
 * dispute of it dismissed); {@code awaitingConfirmation}: held, neither confirmed nor decided; {@code unconfirmed}
 * flags a held activity no partner confirmed or disputed within 7 days; {@code dispute} is null unless one was raised.
 */
public record ActivityResponse(UUID id, String district, UUID pairingId, String title, ActivityType type,
        OffsetDateTime startsAt, OffsetDateTime endsAt, String location, List<UUID> participantIds, ActivityStatus status,
        List<CompletionRequest.AttendanceDto> attendance, String summary, String outcomes, String cancellationReason,
        UUID completedBy, OffsetDateTime completedAt, UUID confirmedBy, OffsetDateTime confirmedAt, boolean unconfirmed,
        boolean kept, boolean awaitingConfirmation, DisputeDto dispute, long version) {

    /** {@code outcome}, {@code resolvedAt} and {@code resolution} are null while the committee has not decided. */
    public record DisputeDto(UUID raisedBy, OffsetDateTime raisedAt, String reason, DisputeOutcome outcome,
            OffsetDateTime resolvedAt, String resolution) {
    }
}
