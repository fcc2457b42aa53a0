package org.gongjian.activity.rest;

import org.gongjian.events.activity.ActivityStatus;
import org.gongjian.events.activity.ActivityType;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** An activity as the API shows it; {@code unconfirmed} flags a held activity no partner confirmed within 7 days. */
public record ActivityResponse(UUID id, String district, UUID pairingId, String title, ActivityType type,
        OffsetDateTime startsAt, OffsetDateTime endsAt, String location, List<UUID> participantIds, ActivityStatus status,
        List<CompletionRequest.AttendanceDto> attendance, String summary, String outcomes, String cancellationReason,
        UUID completedBy, OffsetDateTime completedAt, UUID confirmedBy, OffsetDateTime confirmedAt, boolean unconfirmed,
        long version) {
}
