package org.gongjian.activity.service;

import io.opentelemetry.instrumentation.annotations.WithSpan;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.gongjian.activity.domain.Activity;
import org.gongjian.activity.domain.AttendanceCount;
import org.gongjian.activity.domain.PairingView;
import org.gongjian.events.activity.ActivityConfirmed;
import org.gongjian.events.activity.ActivityHeld;
import org.gongjian.events.activity.ActivityStatus;
import org.gongjian.rest.ProblemException;
import org.gongjian.rest.Role;
import org.gongjian.rest.Versions;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Recording an activity as held, and the partner side confirming it. */
@ApplicationScoped
public class ActivityCompletion {

    private final Scope scope;
    private final ActivityJournal journal;
    private final DailyStats stats;
    private final Clock clock;

    ActivityCompletion(Scope scope, ActivityJournal journal, DailyStats stats, Clock clock) {
        this.scope = scope;
        this.journal = journal;
        this.stats = stats;
        this.clock = clock;
    }

    @Transactional
    @WithSpan
    public Activity complete(UUID id, String ifMatch, CompletionReport report) {
        Activity activity = scope.readableActivity(id);
        scope.requireOrganizer(PairingView.findById(activity.pairingId));
        Versions.requireCurrent(ifMatch, activity.version);
        ActivityScheduling.requirePlanned(activity);
        Instant now = clock.instant();
        if (now.isBefore(activity.startsAt)) {
            throw ProblemException.conflict("The activity starts at " + activity.startsAtWithOffset()
                    + "; it cannot be recorded as held before it started");
        }
        requireAttendanceOfParticipants(report.attendance(), activity);
        DailyStats.Contribution before = stats.of(activity);
        activity.status = ActivityStatus.HELD;
        activity.attendance.clear();
        activity.attendance.addAll(report.attendance());
        activity.summary = report.summary();
        activity.outcomes = report.outcomes();
        activity.completedAt = now;
        activity.completedBy = scope.caller().isDistrictAdmin() ? null : scope.organization().orElse(null);
        journal.record(before, activity, ActivityHeld::new);
        return activity;
    }

    @Transactional
    @WithSpan
    public Activity confirm(UUID id, String ifMatch) {
        Activity activity = scope.readableActivity(id);
        PairingView pairing = PairingView.findById(activity.pairingId);
        UUID organization = scope.organization().orElse(null);
        if (!scope.caller().is(Role.BRANCH_SECRETARY) || !pairing.hasMember(organization)) {
            throw ProblemException.forbidden("Only a secretary of a partner organization in the pairing confirms an activity");
        }
        if (organization.equals(activity.completedBy)) {
            throw ProblemException.forbidden("The organization that recorded the activity cannot confirm it; the partner side does");
        }
        Versions.requireCurrent(ifMatch, activity.version);
        if (activity.status != ActivityStatus.HELD || activity.confirmedBy != null) {
            throw ProblemException.conflict("Only a held activity that is not yet confirmed can be confirmed");
        }
        DailyStats.Contribution before = stats.of(activity);
        activity.confirmedBy = organization;
        activity.confirmedAt = clock.instant();
        journal.record(before, activity, ActivityConfirmed::new);
        return activity;
    }

    private static void requireAttendanceOfParticipants(List<AttendanceCount> attendance, Activity activity) {
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < attendance.size(); i++) {
            UUID organization = attendance.get(i).organizationId;
            if (!activity.participants().contains(organization)) {
                throw ProblemException.invalid("attendance[" + i + "].organizationId", "is not a participant of the activity");
            }
            if (!seen.add(organization)) {
                throw ProblemException.invalid("attendance[" + i + "].organizationId", "appears more than once");
            }
        }
    }
}
