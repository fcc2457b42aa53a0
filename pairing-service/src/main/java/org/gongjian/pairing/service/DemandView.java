package org.gongjian.pairing.service;

import org.gongjian.events.demand.DemandSnapshot;
import org.gongjian.events.demand.DemandStatus;
import org.gongjian.pairing.domain.Demand;
import org.gongjian.pairing.domain.DemandHistoryEntry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A demand as read: its snapshot (as its events carry it), and what a reader sees beyond it — when it was raised and
 * answered, whether it is overdue today, and, when one demand is read or changed, its history (null in lists).
 */
public record DemandView(DemandSnapshot demand, Instant raisedAt, LocalDate answeredOn, boolean overdue,
        List<Step> history) {

    /** One step in the demand's life: who, when, from which status to which, and a note. */
    public record Step(Instant at, String actor, UUID actorOrganizationId, DemandStatus from, DemandStatus to,
            String note) {
    }

    /** Of a demand whose changes are flushed, without its history (lists). */
    static DemandView of(Demand demand, LocalDate today) {
        return new DemandView(PairingSnapshots.of(demand), demand.raisedAt, demand.answeredOn, demand.isOverdue(today),
                null);
    }

    /** Of a demand whose changes are flushed, with every step of its history. */
    static DemandView withHistory(Demand demand, LocalDate today) {
        return new DemandView(PairingSnapshots.of(demand), demand.raisedAt, demand.answeredOn, demand.isOverdue(today),
                DemandHistoryEntry.of(demand.id).stream()
                        .map(step -> new Step(step.at, step.actor, step.actorOrg, step.fromStatus, step.toStatus, step.note))
                        .toList());
    }
}
