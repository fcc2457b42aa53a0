package org.gongjian.activity.rest;

import org.gongjian.activity.rest.CadenceResource.CadenceResponse;
import org.gongjian.activity.rest.PhotoResource.PhotoResponse;
import org.gongjian.activity.service.ActivityDraft;
import org.gongjian.activity.service.ActivityView;
import org.gongjian.activity.service.CadenceCounts;
import org.gongjian.activity.service.CompletionReport;
import org.gongjian.activity.service.PhotoView;
import org.gongjian.events.activity.ActivitySnapshot;

import java.util.UUID;

/** Requests to drafts and reports, and the service's views to responses, explicitly. */
final class ActivityMapper {

    private ActivityMapper() {
    }

    static ActivityResponse response(ActivityView view) {
        ActivitySnapshot a = view.activity();
        return new ActivityResponse(a.id(), a.district(), a.pairingId(), a.title(), a.type(), a.startsAt(), a.endsAt(),
                a.location(), a.participantIds(), a.status(),
                a.attendance().stream()
                        .map(c -> new CompletionRequest.AttendanceDto(c.organizationId(), c.full(), c.probationary(),
                                c.others()))
                        .toList(),
                a.summary(), a.outcomes(), a.cancellationReason(), a.completedBy(), view.completedAt(), a.confirmedBy(),
                a.confirmedAt(), view.unconfirmed(), a.kept(), view.awaitingConfirmation(), dispute(a.dispute()),
                a.version());
    }

    private static ActivityResponse.DisputeDto dispute(ActivitySnapshot.Dispute d) {
        return d == null ? null : new ActivityResponse.DisputeDto(d.raisedBy(), d.raisedAt(), d.reason(), d.outcome(),
                d.resolvedAt(), d.resolution());
    }

    static PhotoResponse photo(PhotoView p) {
        return new PhotoResponse(p.id(), p.activityId(), p.contentType(), p.size(), p.fileName(), p.uploadedAt());
    }

    static CadenceResponse cadence(CadenceCounts.Compliance c) {
        return new CadenceResponse(c.pairingId(), c.period().label(), c.period().start(), c.period().end(), c.required(),
                c.kept(), c.awaitingConfirmation(), c.disputed(), c.held(), c.kept(), c.standing().name());
    }

    static ActivityDraft draft(ScheduleRequest r) {
        return new ActivityDraft(r.pairingId(), r.title().strip(), r.type(), r.startsAt(), r.endsAt(), r.location(),
                r.participantIds());
    }

    static ActivityDraft draft(UUID pairingId, RescheduleRequest r) {
        return new ActivityDraft(pairingId, r.title().strip(), r.type(), r.startsAt(), r.endsAt(), r.location(),
                r.participantIds());
    }

    static CompletionReport report(CorrectionRequest r) {
        return report(new CompletionRequest(r.attendance(), r.summary(), r.outcomes()));
    }

    static CompletionReport report(CompletionRequest r) {
        return new CompletionReport(r.attendance().stream()
                .map(a -> new CompletionReport.Attendance(a.organizationId(), a.full(), a.probationary(), a.others()))
                .toList(), r.summary().strip(), r.outcomes());
    }
}
