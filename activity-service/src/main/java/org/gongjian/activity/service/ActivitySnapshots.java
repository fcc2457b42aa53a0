package org.gongjian.activity.service;

import org.gongjian.activity.domain.Activity;
import org.gongjian.events.activity.ActivitySnapshot;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** The published form of an activity. */
public final class ActivitySnapshots {

    private ActivitySnapshots() {
    }

    public static ActivitySnapshot of(Activity a) {
        return new ActivitySnapshot(a.id, a.district, a.pairingId, a.title, a.type, a.startsAtWithOffset(),
                a.endsAtWithOffset(), a.location, a.participants(), a.status,
                a.attendance.stream()
                        .map(c -> new ActivitySnapshot.Attendance(c.organizationId, c.full, c.probationary, c.others))
                        .toList(),
                a.summary, a.outcomes, a.cancellationReason, a.confirmedBy,
                utc(a.confirmedAt), a.version, a.completedBy, dispute(a), a.isKept());
    }

    private static ActivitySnapshot.Dispute dispute(Activity a) {
        return a.disputeRaisedBy == null ? null : new ActivitySnapshot.Dispute(a.disputeRaisedBy, utc(a.disputeRaisedAt),
                a.disputeReason, a.disputeOutcome, utc(a.disputeResolvedAt), a.disputeResolution);
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
