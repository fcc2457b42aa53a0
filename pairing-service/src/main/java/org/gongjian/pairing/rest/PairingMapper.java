package org.gongjian.pairing.rest;

import org.gongjian.events.pairing.PairingSnapshot;
import org.gongjian.pairing.service.PairingView;

/** The service's pairing views to responses, explicitly. */
final class PairingMapper {

    private PairingMapper() {
    }

    static PairingResponse response(PairingView view) {
        PairingSnapshot p = view.pairing();
        PairingSnapshot.Agreement agreement = p.agreement();
        return new PairingResponse(p.id(), p.district(), p.title(), p.type(), p.leadId(), p.partnerIds(),
                new PairingResponse.Agreement(agreement.goals(), agreement.commitments(),
                        new PairingResponse.Cadence(agreement.cadence().count(), agreement.cadence().period())),
                new PairingResponse.Term(p.term().start(), p.term().end()), p.status(), p.statusReason(), p.plaqueNo(),
                p.launchId(), view.activatedOn(), view.concludedOn(), view.createdAt(), view.updatedAt(), p.version(),
                view.members().stream().map(m -> new PairingResponse.Member(m.id(), m.name(), m.sector())).toList());
    }
}
