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
import org.gongjian.rest.Versions;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Recording an activity as held, and the partner side confirming it (or disputing it: {@link ActivityDisputes}). */
@ApplicationScoped
public class ActivityCompletion {

    private final Scope scope;
    private final ActivityJournal journal;
    private final Clock clock;

    ActivityCompletion(Scope scope, ActivityJournal journal, Clock clock) {
        this.scope = scope;
        this.journal = journal;
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
        ActivityJournal.Before before = journal.before(activity);
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
        UUID organization = scope.requirePartnerSide(activity, PairingView.findById(activity.pairingId));
        Versions.requireCurrent(ifMatch, activity.version);
        if (activity.disputeRaisedBy != null) {
            throw ProblemException.conflict("The activity is disputed; the district committee decides whether it counts");
        }
        if (!activity.isHeld() || activity.confirmedBy != null) {
            throw ProblemException.conflict("Only a held activity that is not yet confirmed can be confirmed");
        }
        ActivityJournal.Before before = journal.before(activity);
        activity.confirmedBy = organization;
        activity.confirmedAt = clock.instant();
        journal.record(before, activity, ActivityConfirmed::new);
        return activity;
    }

    static void requireAttendanceOfParticipants(List<AttendanceCount> attendance, Activity activity) {
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
