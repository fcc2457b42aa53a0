package org.gongjian.activity.service;

import org.gongjian.activity.domain.Activity;
import org.gongjian.events.activity.ActivitySnapshot;

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
                a.confirmedAt == null ? null : a.confirmedAt.atOffset(ZoneOffset.UTC), a.version);
    }
}
