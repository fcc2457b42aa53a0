package org.gongjian.activity.service;

import org.gongjian.activity.domain.Activity;
import org.gongjian.events.activity.ActivitySnapshot;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * An activity as read: its snapshot (as its events carry it), and what a reader sees beyond it — when it was
 * recorded as held, whether it still awaits the partner side's confirmation, and whether it is overdue for one.
 */
public record ActivityView(ActivitySnapshot activity, OffsetDateTime completedAt, boolean unconfirmed,
        boolean awaitingConfirmation) {

    /** Of an activity whose changes are flushed, so that the snapshot carries its version. */
    static ActivityView of(Activity activity, Instant now) {
        return new ActivityView(ActivitySnapshots.of(activity),
                activity.completedAt == null ? null : activity.completedAt.atOffset(ZoneOffset.UTC),
                activity.isUnconfirmed(now), activity.isAwaitingConfirmation());
    }
}
