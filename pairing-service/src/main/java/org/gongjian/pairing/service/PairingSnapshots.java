package org.gongjian.pairing.service;

import org.gongjian.events.demand.DemandSnapshot;
import org.gongjian.events.pairing.EvaluationSnapshot;
import org.gongjian.events.pairing.LaunchSnapshot;
import org.gongjian.events.pairing.PairingSnapshot;
import org.gongjian.pairing.domain.Demand;
import org.gongjian.pairing.domain.Evaluation;
import org.gongjian.pairing.domain.Launch;
import org.gongjian.pairing.domain.Pairing;

import java.time.ZoneOffset;
import java.util.List;

/** The published snapshots of this service's aggregates. */
public final class PairingSnapshots {

    private PairingSnapshots() {
    }

    public static PairingSnapshot of(Pairing pairing) {
        return new PairingSnapshot(pairing.id, pairing.district, pairing.title, pairing.type, pairing.leadId,
                List.copyOf(pairing.partnerIds),
                new PairingSnapshot.Agreement(List.copyOf(pairing.goals), List.copyOf(pairing.commitments),
                        new PairingSnapshot.Cadence(pairing.cadenceCount, pairing.cadencePeriod)),
                new PairingSnapshot.Term(pairing.termStart, pairing.termEnd),
                pairing.status, pairing.statusReason, pairing.plaqueNo, pairing.launchId, pairing.version);
    }

    public static LaunchSnapshot of(Launch launch) {
        return new LaunchSnapshot(launch.id, launch.district, launch.title, launch.heldOn, List.copyOf(launch.pairingIds));
    }

    public static DemandSnapshot of(Demand demand) {
        return new DemandSnapshot(demand.id, demand.district, demand.pairingId, demand.raisedBy, demand.category,
                demand.title, demand.detail, demand.dueOn, demand.status, demand.resolution, demand.version);
    }

    public static EvaluationSnapshot of(Evaluation evaluation) {
        return new EvaluationSnapshot(evaluation.id, evaluation.pairingId, evaluation.district, evaluation.periodStart,
                evaluation.periodEnd, evaluation.score, evaluation.rating,
                evaluation.parts.stream().map(part -> new EvaluationSnapshot.Part(part.name(), part.weight(), part.score()))
                        .toList(),
                evaluation.remarks, evaluation.evaluatedAt.atOffset(ZoneOffset.UTC));
    }
}
