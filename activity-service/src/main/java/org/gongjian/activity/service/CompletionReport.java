package org.gongjian.activity.service;

import org.gongjian.activity.domain.AttendanceCount;

import java.util.List;

/** What a caller reports of a held activity. */
public record CompletionReport(List<AttendanceCount> attendance, String summary, String outcomes) {
}
