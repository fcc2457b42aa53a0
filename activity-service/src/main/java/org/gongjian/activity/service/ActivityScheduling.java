package org.gongjian.activity.service;

import io.opentelemetry.instrumentation.annotations.WithSpan;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.gongjian.activity.domain.Activity;
import org.gongjian.activity.domain.PairingView;
import org.gongjian.events.activity.ActivityCancelled;
import org.gongjian.events.activity.ActivityRescheduled;
import org.gongjian.events.activity.ActivityScheduled;
import org.gongjian.rest.RuleViolation;
import org.gongjian.rest.Texts;
import org.gongjian.rest.Versions;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Scheduling, rescheduling and cancelling activities of an active pairing. */
@ApplicationScoped
public class ActivityScheduling {

    private static final Texts TEXTS = Texts.of("activity");

    private final Scope scope;
    private final ActivityJournal journal;
    private final Clock clock;

    ActivityScheduling(Scope scope, ActivityJournal journal, Clock clock) {
        this.scope = scope;
        this.journal = journal;
        this.clock = clock;
    }

    @Transactional
    @WithSpan
    public ActivityView schedule(ActivityDraft draft) {
        PairingView pairing = scope.readablePairing(draft.pairingId());
        scope.requireOrganizer(pairing);
        pairing.requireActive();
        requireValid(draft, pairing);
        Activity activity = Activity.plan(pairing.id, pairing.district, draft.title(), draft.type(), draft.startsAt(),
                draft.endsAt(), draft.location(), participants(draft, pairing), clock.instant());
        activity.persist();
        journal.record(null, activity, ActivityScheduled::new);
        return ActivityView.of(activity, clock.instant());
    }

    @Transactional
    @WithSpan
    public ActivityView reschedule(UUID id, String ifMatch, ActivityDraft draft) {
        Activity activity = scope.readableActivity(id);
        PairingView pairing = PairingView.findById(activity.pairingId);
        scope.requireOrganizer(pairing);
        Versions.requireCurrent(ifMatch, activity.version);
        activity.requirePlanned();
        pairing.requireActive();
        requireValid(draft, pairing);
        ActivityJournal.Before before = journal.before(activity);
        activity.describe(draft.title(), draft.type(), draft.startsAt(), draft.endsAt(), draft.location(),
                participants(draft, pairing));
        journal.record(before, activity, ActivityRescheduled::new);
        return ActivityView.of(activity, clock.instant());
    }

    @Transactional
    @WithSpan
    public ActivityView cancel(UUID id, String ifMatch, String reason) {
        Activity activity = scope.readableActivity(id);
        scope.requireOrganizer(PairingView.findById(activity.pairingId));
        Versions.requireCurrent(ifMatch, activity.version);
        ActivityJournal.Before before = journal.before(activity);
        activity.cancel(reason);
        journal.record(before, activity, ActivityCancelled::new);
        return ActivityView.of(activity, clock.instant());
    }

    private static void requireValid(ActivityDraft draft, PairingView pairing) {
        if (!draft.endsAt().isAfter(draft.startsAt())) {
            throw RuleViolation.invalid("endsAt", TEXTS.message("schedule.ends-before-start"));
        }
        List<UUID> participants = draft.participantIds();
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; participants != null && i < participants.size(); i++) {
            if (!seen.add(participants.get(i))) {
                throw RuleViolation.invalid("participantIds[" + i + "]", TEXTS.message("schedule.participant-repeated"));
            }
            if (!pairing.hasMember(participants.get(i))) {
                throw RuleViolation.invalid("participantIds[" + i + "]", TEXTS.message("schedule.participant-not-member"));
            }
        }
    }

    /** The organizations named, or every member of the pairing when none are. */
    private static List<UUID> participants(ActivityDraft draft, PairingView pairing) {
        return draft.participantIds() == null || draft.participantIds().isEmpty()
                ? pairing.memberIds() : draft.participantIds();
    }
}
