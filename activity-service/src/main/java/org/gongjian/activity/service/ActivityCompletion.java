package org.gongjian.activity.service;

import io.opentelemetry.instrumentation.annotations.WithSpan;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.gongjian.activity.domain.Activity;
import org.gongjian.activity.domain.PairingView;
import org.gongjian.events.activity.ActivityConfirmed;
import org.gongjian.events.activity.ActivityHeld;
import org.gongjian.rest.Versions;

import java.time.Clock;
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
    public ActivityView complete(UUID id, String ifMatch, CompletionReport report) {
        Activity activity = scope.readableActivity(id);
        scope.requireOrganizer(PairingView.findById(activity.pairingId));
        Versions.requireCurrent(ifMatch, activity.version);
        ActivityJournal.Before before = journal.before(activity);
        activity.hold(report.counts(), report.summary(), report.outcomes(), clock.instant(),
                scope.caller().isDistrictAdmin() ? null : scope.organization().orElse(null));
        journal.record(before, activity, ActivityHeld::new);
        return ActivityView.of(activity, clock.instant());
    }

    @Transactional
    @WithSpan
    public ActivityView confirm(UUID id, String ifMatch) {
        Activity activity = scope.readableActivity(id);
        UUID organization = scope.requirePartnerSide(activity, PairingView.findById(activity.pairingId));
        Versions.requireCurrent(ifMatch, activity.version);
        ActivityJournal.Before before = journal.before(activity);
        activity.confirm(organization, clock.instant());
        journal.record(before, activity, ActivityConfirmed::new);
        return ActivityView.of(activity, clock.instant());
    }
}
