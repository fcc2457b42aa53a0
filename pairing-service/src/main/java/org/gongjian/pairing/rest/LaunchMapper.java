package org.gongjian.pairing.rest;

import org.gongjian.events.pairing.LaunchSnapshot;
import org.gongjian.pairing.service.LaunchView;

/** The service's launch views to responses, explicitly. */
final class LaunchMapper {

    private LaunchMapper() {
    }

    static LaunchResponse response(LaunchView view) {
        LaunchSnapshot l = view.launch();
        return new LaunchResponse(l.id(), l.district(), l.title(), l.heldOn(), l.pairingIds(), view.createdAt());
    }
}
