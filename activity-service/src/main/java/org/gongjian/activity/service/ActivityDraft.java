package org.gongjian.activity.service;

import org.gongjian.events.activity.ActivityType;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** What a caller plans: the pairing only when scheduling. */
public record ActivityDraft(UUID pairingId, String title, ActivityType type, OffsetDateTime startsAt, OffsetDateTime endsAt,
        String location, List<UUID> participantIds) {
}
