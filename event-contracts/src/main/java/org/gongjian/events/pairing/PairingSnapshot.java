package org.gongjian.events.pairing;

import static org.gongjian.events.Snapshots.listOf;
import static org.gongjian.events.Snapshots.nonEmptyListOf;
import static org.gongjian.events.Snapshots.nonNegative;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A pairing (结对共建) as it is after the change: the data of every pairing lifecycle event.
 *
 * @param id           the pairing
 * @param district     the district (tenant) it belongs to
 * @param title        e.g. 湘潭高新区纪检监察党支部与湖南华菱线缆股份有限公司党委结对共建
 * @param type         one-to-one, one-to-many or alliance
 * @param leadId       the lead organization (usually an {@code ORGAN} branch; the convenor of an alliance)
 * @param partnerIds   the partner organizations, at least one, in the order they were named; never
 *                     contains {@code leadId}
 * @param agreement    goals, commitments and cadence
 * @param term         when it runs
 * @param status       where it is in its lifecycle
 * @param statusReason why it was rejected, suspended or concluded; {@code null} when none was given
 * @param plaqueNo     the number of the plaque awarded at launch; {@code null} until one is awarded
 * @param launchId     the launch that activated it; {@code null} when it was approved on its own
 * @param version      the aggregate version after the change, increasing by one with every change
 */
public record PairingSnapshot(
        UUID id,
        String district,
        String title,
        PairingType type,
        UUID leadId,
        List<UUID> partnerIds,
        Agreement agreement,
        Term term,
        PairingStatus status,
        String statusReason,
        String plaqueNo,
        UUID launchId,
        long version) {

    public PairingSnapshot {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(district, "district");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(leadId, "leadId");
        partnerIds = nonEmptyListOf(partnerIds, "partnerIds");
        if (partnerIds.contains(leadId)) {
            throw new IllegalArgumentException("partnerIds must not contain the lead " + leadId);
        }
        Objects.requireNonNull(agreement, "agreement");
        Objects.requireNonNull(term, "term");
        Objects.requireNonNull(status, "status");
        nonNegative(version, "version");
    }

    /** The lead first, then the partners: every organization in the pairing. Not part of the JSON. */
    @JsonIgnore
    public List<UUID> memberIds() {
        var members = new ArrayList<UUID>(partnerIds.size() + 1);
        members.add(leadId);
        members.addAll(partnerIds);
        return List.copyOf(members);
    }

    /**
     * @param goals       what the pairing is for; empty when none were written down
     * @param commitments what each side commits to, e.g. 共建、共学、共促、共享; empty when none
     * @param cadence     the minimum number of joint activities per period
     */
    public record Agreement(List<String> goals, List<String> commitments, Cadence cadence) {
        public Agreement {
            goals = listOf(goals);
            commitments = listOf(commitments);
            Objects.requireNonNull(cadence, "agreement.cadence");
        }
    }

    /**
     * "One lesson a month": at least {@code count} joint activities held in every {@code period}.
     *
     * @param count  at least 1
     * @param period calendar month or calendar quarter
     */
    public record Cadence(int count, CadencePeriod period) {
        public Cadence {
            if (count < 1) {
                throw new IllegalArgumentException("cadence.count must be at least 1: " + count);
            }
            Objects.requireNonNull(period, "cadence.period");
        }
    }

    /**
     * @param start the first day, inclusive
     * @param end   the last day, inclusive; {@code null} when the term is open-ended
     */
    public record Term(LocalDate start, LocalDate end) {
        public Term {
            Objects.requireNonNull(start, "term.start");
        }
    }
}
