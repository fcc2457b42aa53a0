package org.gongjian.activity.service;

import org.gongjian.events.activity.ActivityStatus;
import org.gongjian.events.activity.ActivityType;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A district's activity figures over a date range (local days, both inclusive). Of the held activities
 * ({@code byStatus.HELD}), {@code kept} are confirmed by the partner side (or a dispute of them dismissed) and
 * {@code awaitingConfirmation} are not yet; an activity whose dispute was upheld is in no figure.
 */
public record ActivityStats(String district, LocalDate from, LocalDate to, long total, List<MonthCount> byMonth,
        Map<ActivityType, Long> byType, Map<ActivityStatus, Long> byStatus, long kept, long awaitingConfirmation,
        Attendance attendance, Pairings pairings) {

    /** A month's activities, in all and by type (the overview's chart of the last twelve months reads one answer). */
    public record MonthCount(String month, long count, Map<ActivityType, Long> byType) {
    }

    /** People present at held activities, all organizations together, and split by side of the pairing. */
    public record Attendance(long full, long probationary, long others, BySide bySide) {
    }

    /** {@code lead}: the pairing's lead organization; {@code partner}: every other member. */
    public record BySide(People lead, People partner) {
    }

    public record People(long full, long probationary, long others) {
    }

    /** Active pairings judged on their last complete cadence period up to {@code to}, on kept activities. */
    public record Pairings(int compliant, int overdue, List<UUID> overdueIds) {
    }
}
