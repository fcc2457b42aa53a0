package org.gongjian.activity.service;

import org.gongjian.activity.domain.AttendanceCount;

import java.util.List;
import java.util.UUID;

/** What a caller reports of a held activity. */
public record CompletionReport(List<Attendance> attendance, String summary, String outcomes) {

    /** People of one kind from one organization, at most (the bound a request is checked against). */
    public static final int MAX_PEOPLE = AttendanceCount.MAX;

    /** Who came from one organization: full members, probationary members, others. */
    public record Attendance(UUID organizationId, int full, int probationary, int others) {
    }

    List<AttendanceCount> counts() {
        return attendance.stream()
                .map(a -> new AttendanceCount(a.organizationId(), a.full(), a.probationary(), a.others()))
                .toList();
    }
}
