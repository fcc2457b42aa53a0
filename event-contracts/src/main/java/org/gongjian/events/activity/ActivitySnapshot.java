package org.gongjian.events.activity;

import static org.gongjian.events.Snapshots.listOf;
import static org.gongjian.events.Snapshots.nonEmptyListOf;
import static org.gongjian.events.Snapshots.nonNegative;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A joint activity (联建活动) as it is after the change: the data of every activity event.
 *
 * @param id                 the activity
 * @param district           the district (tenant) it belongs to
 * @param pairingId          the pairing it belongs to
 * @param title              e.g. 庆"六一"主题党日
 * @param type               the kind of activity
 * @param startsAt           when it starts
 * @param endsAt             when it ends, not before {@code startsAt}
 * @param location           where it takes place; {@code null} when not yet fixed
 * @param participantIds     the organizations taking part, at least one, all members of the pairing; it
 *                           counts for each of them
 * @param status             planned, held or cancelled
 * @param attendance         attendance per organization; empty until it is held
 * @param summary            what happened; {@code null} until it is held
 * @param outcomes           what came of it; {@code null} when none were recorded
 * @param cancellationReason why it was cancelled; {@code null} unless cancelled
 * @param confirmedBy        the partner organization that confirmed it was held; {@code null} until then
 * @param confirmedAt        when it was confirmed; {@code null} until then
 * @param version            the aggregate version after the change, increasing by one with every change
 * @param completedBy        the organization that recorded it as held (the reporting side); {@code null} until
 *                           then, or when the committee recorded it
 * @param dispute            the partner side's dispute of the report; {@code null} when none was raised
 * @param kept               whether it counts toward the pairing's cadence: held, and confirmed by the partner
 *                           side or a dispute of it dismissed; never when a dispute was upheld. Absent in events
 *                           written before it existed: then held and confirmed
 */
public record ActivitySnapshot(
        UUID id,
        String district,
        UUID pairingId,
        String title,
        ActivityType type,
        OffsetDateTime startsAt,
        OffsetDateTime endsAt,
        String location,
        List<UUID> participantIds,
        ActivityStatus status,
        List<Attendance> attendance,
        String summary,
        String outcomes,
        String cancellationReason,
        UUID confirmedBy,
        OffsetDateTime confirmedAt,
        long version,
        UUID completedBy,
        Dispute dispute,
        Boolean kept) {

    public ActivitySnapshot {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(district, "district");
        Objects.requireNonNull(pairingId, "pairingId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(startsAt, "startsAt");
        Objects.requireNonNull(endsAt, "endsAt");
        participantIds = nonEmptyListOf(participantIds, "participantIds");
        Objects.requireNonNull(status, "status");
        attendance = listOf(attendance);
        nonNegative(version, "version");
        if (kept == null) {
            kept = status == ActivityStatus.HELD && confirmedBy != null;
        }
    }

    /** A snapshot without the reporting side and dispute, as the first version of the event carried it. */
    public ActivitySnapshot(UUID id, String district, UUID pairingId, String title, ActivityType type,
            OffsetDateTime startsAt, OffsetDateTime endsAt, String location, List<UUID> participantIds,
            ActivityStatus status, List<Attendance> attendance, String summary, String outcomes,
            String cancellationReason, UUID confirmedBy, OffsetDateTime confirmedAt, long version) {
        this(id, district, pairingId, title, type, startsAt, endsAt, location, participantIds, status, attendance,
                summary, outcomes, cancellationReason, confirmedBy, confirmedAt, version, null, null, null);
    }

    /** Whether a dispute of it was upheld, so that it does not count at all. */
    public boolean voided() {
        return dispute != null && dispute.outcome() == DisputeOutcome.UPHELD;
    }

    /**
     * The partner side's objection that a reported activity did not take place as reported, and the committee's
     * decision on it.
     *
     * @param raisedBy   the partner organization that disputed it
     * @param raisedAt   when
     * @param reason     why
     * @param outcome    the committee's decision; {@code null} while open
     * @param resolvedAt when the committee decided; {@code null} while open
     * @param resolution the committee's reason; {@code null} while open
     */
    public record Dispute(UUID raisedBy, OffsetDateTime raisedAt, String reason, DisputeOutcome outcome,
            OffsetDateTime resolvedAt, String resolution) {
        public Dispute {
            Objects.requireNonNull(raisedBy, "dispute.raisedBy");
            Objects.requireNonNull(raisedAt, "dispute.raisedAt");
            Objects.requireNonNull(reason, "dispute.reason");
        }

        public boolean pending() {
            return outcome == null;
        }
    }

    /**
     * Who came from one organization.
     *
     * @param organizationId a participating organization
     * @param full           full members present, at least 0
     * @param probationary   probationary members present, at least 0
     * @param others         others present (enterprise staff, residents), at least 0
     */
    public record Attendance(UUID organizationId, int full, int probationary, int others) {
        public Attendance {
            Objects.requireNonNull(organizationId, "attendance.organizationId");
            nonNegative(full, "attendance.full");
            nonNegative(probationary, "attendance.probationary");
            nonNegative(others, "attendance.others");
        }

        /** Everyone present from this organization. */
        public int total() {
            return full + probationary + others;
        }
    }
}
