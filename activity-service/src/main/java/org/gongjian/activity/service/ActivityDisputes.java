package org.gongjian.activity.service;

import io.opentelemetry.instrumentation.annotations.WithSpan;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.gongjian.activity.domain.Activity;
import org.gongjian.activity.domain.PairingView;
import org.gongjian.events.activity.ActivityDisputeResolved;
import org.gongjian.events.activity.ActivityDisputed;
import org.gongjian.events.activity.DisputeOutcome;
import org.gongjian.rest.Versions;

import java.time.Clock;
import java.util.UUID;

/**
 * The partner side disputing a held activity instead of confirming it, and the committee deciding: upheld, the activity
 * no longer counts anywhere; dismissed, it stands and counts as if confirmed.
 */
@ApplicationScoped
public class ActivityDisputes {

    private final Scope scope;
    private final ActivityJournal journal;
    private final Clock clock;

    ActivityDisputes(Scope scope, ActivityJournal journal, Clock clock) {
        this.scope = scope;
        this.journal = journal;
        this.clock = clock;
    }

    @Transactional
    @WithSpan
    public ActivityView dispute(UUID id, String ifMatch, String reason) {
        Activity activity = scope.readableActivity(id);
        UUID organization = scope.requirePartnerSide(activity, PairingView.findById(activity.pairingId));
        Versions.requireCurrent(ifMatch, activity.version);
        ActivityJournal.Before before = journal.before(activity);
        activity.dispute(organization, reason, clock.instant());
        journal.record(before, activity, reason, ActivityDisputed::new);
        return ActivityView.of(activity, clock.instant());
    }

    @Transactional
    @WithSpan
    public ActivityView resolve(UUID id, String ifMatch, DisputeOutcome outcome, String reason) {
        Activity activity = scope.readableActivity(id);
        scope.requireCommittee(PairingView.findById(activity.pairingId));
        Versions.requireCurrent(ifMatch, activity.version);
        ActivityJournal.Before before = journal.before(activity);
        activity.resolveDispute(outcome, reason, clock.instant());
        journal.record(before, activity, reason, ActivityDisputeResolved::new);
        return ActivityView.of(activity, clock.instant());
    }
}
