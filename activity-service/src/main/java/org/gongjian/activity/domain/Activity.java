package org.gongjian.activity.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.gongjian.events.activity.ActivityStatus;
import org.gongjian.events.activity.ActivityType;
import org.gongjian.events.activity.DisputeOutcome;
import org.gongjian.rest.RuleViolation;
import org.gongjian.rest.Texts;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A joint activity of one pairing: {@code PLANNED → HELD} or {@code PLANNED → CANCELLED}; a held activity is
 * confirmed by a member organization other than the one that recorded it, or disputed by it and then decided by the
 * committee. Only a kept activity counts toward cadence.
 */
@Entity
@Table(name = "activity")
public class Activity extends PanacheEntityBase {

    /** After this long a held activity that no partner confirmed is flagged. */
    public static final Duration CONFIRMATION_WINDOW = Duration.ofDays(7);
    private static final Texts TEXTS = Texts.of("activity");

    @Id
    public UUID id;
    public String district;
    @Column(name = "pairing_id")
    public UUID pairingId;
    public String title;
    @Enumerated(EnumType.STRING)
    public ActivityType type;
    @Column(name = "starts_at")
    public Instant startsAt;
    @Column(name = "starts_offset")
    public int startsOffset;
    @Column(name = "ends_at")
    public Instant endsAt;
    @Column(name = "ends_offset")
    public int endsOffset;
    public String location;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "participant_ids", columnDefinition = "uuid[]")
    public UUID[] participantIds;
    @Enumerated(EnumType.STRING)
    public ActivityStatus status;
    public String summary;
    public String outcomes;
    @Column(name = "cancellation_reason")
    public String cancellationReason;
    @Column(name = "completed_by")
    public UUID completedBy;
    @Column(name = "completed_at")
    public Instant completedAt;
    @Column(name = "confirmed_by")
    public UUID confirmedBy;
    @Column(name = "confirmed_at")
    public Instant confirmedAt;
    @Column(name = "dispute_raised_by")
    public UUID disputeRaisedBy;
    @Column(name = "dispute_raised_at")
    public Instant disputeRaisedAt;
    @Column(name = "dispute_reason")
    public String disputeReason;
    @Enumerated(EnumType.STRING)
    @Column(name = "dispute_outcome")
    public DisputeOutcome disputeOutcome;
    @Column(name = "dispute_resolved_at")
    public Instant disputeResolvedAt;
    @Column(name = "dispute_resolution")
    public String disputeResolution;
    @Column(name = "created_at")
    public Instant createdAt;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "activity_attendance", joinColumns = @JoinColumn(name = "activity_id"))
    public List<AttendanceCount> attendance = new ArrayList<>();
    @Version
    public long version;

    public static Activity plan(UUID pairingId, String district, String title, ActivityType type, OffsetDateTime startsAt,
            OffsetDateTime endsAt, String location, List<UUID> participants, Instant now) {
        Activity activity = new Activity();
        activity.id = UUID.randomUUID();
        activity.pairingId = pairingId;
        activity.district = district;
        activity.status = ActivityStatus.PLANNED;
        activity.createdAt = now;
        activity.describe(title, type, startsAt, endsAt, location, participants);
        return activity;
    }

    /** Sets what can change while planned: the time rule is checked by {@link Schedule} beforehand. */
    public void describe(String title, ActivityType type, OffsetDateTime startsAt, OffsetDateTime endsAt, String location,
            List<UUID> participants) {
        this.title = title;
        this.type = type;
        this.startsAt = startsAt.toInstant();
        this.startsOffset = startsAt.getOffset().getTotalSeconds();
        this.endsAt = endsAt.toInstant();
        this.endsOffset = endsAt.getOffset().getTotalSeconds();
        this.location = location;
        this.participantIds = participants.stream().distinct().toArray(UUID[]::new);
    }

    /** Refuses a change unless the activity is still planned. */
    public void requirePlanned() {
        if (!isPlanned()) {
            throw RuleViolation.conflict(TEXTS.message("activity.not-planned", TEXTS.message("activityStatus." + status)));
        }
    }

    /** Refuses a photo for a cancelled activity: a photo shows what took place. */
    public void requirePhotosAllowed() {
        if (status == ActivityStatus.CANCELLED) {
            throw RuleViolation.conflict(TEXTS.message("photo.activity-cancelled"));
        }
    }

    public void cancel(String reason) {
        requirePlanned();
        status = ActivityStatus.CANCELLED;
        cancellationReason = reason;
    }

    /**
     * Records the planned activity as held, once it has started, with the attendance of its participants.
     *
     * @param reportedBy the member organization that reports it; {@code null} when the committee does
     */
    public void hold(List<AttendanceCount> attendance, String summary, String outcomes, Instant now, UUID reportedBy) {
        requirePlanned();
        if (now.isBefore(startsAt)) {
            throw RuleViolation.conflict(TEXTS.message("activity.not-started", startsAtWithOffset().toString()));
        }
        report(attendance, summary, outcomes);
        status = ActivityStatus.HELD;
        completedAt = now;
        completedBy = reportedBy;
    }

    /**
     * Corrects what was reported of a held activity: the reporting side until it is confirmed or decided, the committee
     * at any time and with a reason.
     */
    public void correct(List<AttendanceCount> attendance, String summary, String outcomes, boolean byCommittee,
            String reason) {
        if (!isHeld()) {
            throw RuleViolation.conflict(TEXTS.message("activity.not-held", TEXTS.message("activityStatus." + status)));
        }
        if (!byCommittee && !isAwaitingConfirmation()) {
            throw RuleViolation.conflict(TEXTS.message("activity.settled"));
        }
        if (byCommittee && (reason == null || reason.isBlank())) {
            throw RuleViolation.invalid("reason", TEXTS.message("activity.correction-reason"));
        }
        report(attendance, summary, outcomes);
    }

    /** The partner side confirms a held activity: from now on it counts. */
    public void confirm(UUID partner, Instant now) {
        if (disputeRaisedBy != null) {
            throw RuleViolation.conflict(TEXTS.message("activity.disputed"));
        }
        if (!isHeld() || confirmedBy != null) {
            throw RuleViolation.conflict(TEXTS.message("activity.not-confirmable"));
        }
        confirmedBy = partner;
        confirmedAt = now;
    }

    /** The partner side disputes a held activity instead of confirming it; the committee decides. */
    public void dispute(UUID partner, String reason, Instant now) {
        if (!isHeld() || confirmedBy != null || disputeRaisedBy != null) {
            throw RuleViolation.conflict(TEXTS.message("activity.not-disputable"));
        }
        disputeRaisedBy = partner;
        disputeRaisedAt = now;
        disputeReason = reason;
    }

    /** The committee decides an open dispute: upheld, the activity does not count; dismissed, it stands. */
    public void resolveDispute(DisputeOutcome outcome, String resolution, Instant now) {
        if (!hasOpenDispute()) {
            throw RuleViolation.conflict(TEXTS.message("activity.no-dispute"));
        }
        disputeOutcome = outcome;
        disputeResolvedAt = now;
        disputeResolution = resolution;
    }

    private void report(List<AttendanceCount> counts, String summary, String outcomes) {
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < counts.size(); i++) {
            UUID organization = counts.get(i).organizationId;
            if (!participants().contains(organization)) {
                throw RuleViolation.invalid("attendance[" + i + "].organizationId", TEXTS.message("attendance.not-participant"));
            }
            if (!seen.add(organization)) {
                throw RuleViolation.invalid("attendance[" + i + "].organizationId", TEXTS.message("attendance.repeated"));
            }
        }
        attendance.clear();
        attendance.addAll(counts);
        this.summary = summary;
        this.outcomes = outcomes;
    }

    public OffsetDateTime startsAtWithOffset() {
        return startsAt.atOffset(ZoneOffset.ofTotalSeconds(startsOffset));
    }

    public OffsetDateTime endsAtWithOffset() {
        return endsAt.atOffset(ZoneOffset.ofTotalSeconds(endsOffset));
    }

    public List<UUID> participants() {
        return Arrays.asList(participantIds);
    }

    public boolean isPlanned() {
        return status == ActivityStatus.PLANNED;
    }

    public boolean isHeld() {
        return status == ActivityStatus.HELD;
    }

    /** A dispute of it was upheld: it does not count at all (the column {@code voided} says the same). */
    public boolean isVoided() {
        return disputeOutcome == DisputeOutcome.UPHELD;
    }

    /**
     * It counts toward cadence: held, and confirmed by the partner side or a dispute of it dismissed (the column
     * {@code kept} says the same).
     */
    public boolean isKept() {
        return isHeld() && !isVoided() && (confirmedBy != null || disputeOutcome == DisputeOutcome.DISMISSED);
    }

    /** Held and neither confirmed nor decided by the committee: shown as awaiting confirmation. */
    public boolean isAwaitingConfirmation() {
        return isHeld() && confirmedBy == null && disputeOutcome == null;
    }

    public boolean hasOpenDispute() {
        return disputeRaisedBy != null && disputeOutcome == null;
    }

    /** Held, neither confirmed nor disputed, and recorded longer ago than the confirmation window. */
    public boolean isUnconfirmed(Instant now) {
        return isHeld() && confirmedBy == null && disputeRaisedBy == null && completedAt != null
                && completedAt.isBefore(now.minus(CONFIRMATION_WINDOW));
    }

    public AttendanceCount.Totals totalAttendance() {
        AttendanceCount.Totals totals = AttendanceCount.Totals.NONE;
        for (AttendanceCount count : attendance) {
            totals = totals.plus(count);
        }
        return totals;
    }
}
