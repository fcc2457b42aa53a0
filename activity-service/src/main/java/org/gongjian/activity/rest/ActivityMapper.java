package org.gongjian.activity.rest;

import jakarta.enterprise.context.ApplicationScoped;
import org.gongjian.activity.domain.Activity;
import org.gongjian.activity.domain.AttendanceCount;
import org.gongjian.activity.service.ActivityDraft;
import org.gongjian.activity.service.CompletionReport;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** Between the API's records and the service's types. */
@ApplicationScoped
public class ActivityMapper {

    private final Clock clock;

    ActivityMapper(Clock clock) {
        this.clock = clock;
    }

    public ActivityResponse toResponse(Activity a) {
        return new ActivityResponse(a.id, a.district, a.pairingId, a.title, a.type, a.startsAtWithOffset(),
                a.endsAtWithOffset(), a.location, a.participants(), a.status,
                a.attendance.stream()
                        .map(c -> new CompletionRequest.AttendanceDto(c.organizationId, c.full, c.probationary, c.others))
                        .toList(),
                a.summary, a.outcomes, a.cancellationReason, a.completedBy, utc(a.completedAt), a.confirmedBy,
                utc(a.confirmedAt), a.isUnconfirmed(clock.instant()), a.isKept(), a.isAwaitingConfirmation(), dispute(a),
                a.version);
    }

    private static ActivityResponse.DisputeDto dispute(Activity a) {
        return a.disputeRaisedBy == null ? null : new ActivityResponse.DisputeDto(a.disputeRaisedBy, utc(a.disputeRaisedAt),
                a.disputeReason, a.disputeOutcome, utc(a.disputeResolvedAt), a.disputeResolution);
    }

    public ActivityDraft toDraft(ScheduleRequest r) {
        return new ActivityDraft(r.pairingId(), r.title().strip(), r.type(), r.startsAt(), r.endsAt(), r.location(),
                r.participantIds());
    }

    public ActivityDraft toDraft(UUID pairingId, RescheduleRequest r) {
        return new ActivityDraft(pairingId, r.title().strip(), r.type(), r.startsAt(), r.endsAt(), r.location(),
                r.participantIds());
    }

    public CompletionReport toReport(CorrectionRequest r) {
        return toReport(new CompletionRequest(r.attendance(), r.summary(), r.outcomes()));
    }

    public CompletionReport toReport(CompletionRequest r) {
        return new CompletionReport(r.attendance().stream()
                .map(a -> new AttendanceCount(a.organizationId(), a.full(), a.probationary(), a.others()))
                .toList(), r.summary().strip(), r.outcomes());
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
