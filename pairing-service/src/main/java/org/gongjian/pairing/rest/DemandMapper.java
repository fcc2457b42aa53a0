package org.gongjian.pairing.rest;

import org.gongjian.events.demand.DemandSnapshot;
import org.gongjian.pairing.service.DemandView;

/** The service's demand views to responses, explicitly. */
final class DemandMapper {

    private DemandMapper() {
    }

    static DemandResponse response(DemandView view) {
        DemandSnapshot d = view.demand();
        return new DemandResponse(d.id(), d.district(), d.pairingId(), d.raisedBy(), d.category(), d.title(),
                d.detail(), d.dueOn(), d.status(), d.resolution(), view.raisedAt(), view.answeredOn(), view.overdue(),
                d.version(), view.history() == null ? null : view.history().stream()
                        .map(s -> new DemandResponse.Step(s.at(), s.actor(), s.actorOrganizationId(), s.from(), s.to(),
                                s.note()))
                        .toList());
    }
}
