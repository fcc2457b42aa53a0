package org.gongjian.activity.service;

import io.opentelemetry.instrumentation.annotations.WithSpan;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.gongjian.activity.domain.Activity;
import org.gongjian.activity.domain.PairingView;
import org.gongjian.events.activity.ActivityCorrected;
import org.gongjian.rest.Versions;

import java.time.Clock;
import java.util.UUID;

/**
 * Correcting a held activity's attendance, summary and outcomes: by its reporting side until it is confirmed or decided,
 * by the committee at any time with a reason. The history keeps the values before and after.
 */
@ApplicationScoped
public class ActivityCorrections {

    private final Scope scope;
    private final ActivityJournal journal;
    private final Clock clock;

    ActivityCorrections(Scope scope, ActivityJournal journal, Clock clock) {
        this.scope = scope;
        this.journal = journal;
        this.clock = clock;
    }

    /** @param reason why; required of the committee, optional for the reporting side */
    @Transactional
    @WithSpan
    public ActivityView correct(UUID id, String ifMatch, CompletionReport report, String reason) {
        Activity activity = scope.readableActivity(id);
        boolean committee = scope.isCommitteeOf(PairingView.findById(activity.pairingId));
        if (!committee) {
            scope.requireReportingSide(activity);
        }
        Versions.requireCurrent(ifMatch, activity.version);
        ActivityJournal.Before before = journal.before(activity);
        activity.correct(report.counts(), report.summary(), report.outcomes(), committee, reason);
        journal.record(before, activity, reason == null || reason.isBlank() ? null : reason.strip(), ActivityCorrected::new);
        return ActivityView.of(activity, clock.instant());
    }
}
