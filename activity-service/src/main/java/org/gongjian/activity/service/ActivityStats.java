package org.gongjian.activity.service;

import org.gongjian.events.activity.ActivityStatus;
import org.gongjian.events.activity.ActivityType;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A district's activity figures over a date range (local days, both inclusive). */
public record ActivityStats(String district, LocalDate from, LocalDate to, long total, List<MonthCount> byMonth,
        Map<ActivityType, Long> byType, Map<ActivityStatus, Long> byStatus, Attendance attendance, Pairings pairings) {

    public record MonthCount(String month, long count) {
    }

    /** People present at held activities, all organizations together. */
    public record Attendance(long full, long probationary, long others) {
    }

    /** Active pairings judged on their last complete cadence period up to {@code to}. */
    public record Pairings(int compliant, int overdue, List<UUID> overdueIds) {
    }
}
