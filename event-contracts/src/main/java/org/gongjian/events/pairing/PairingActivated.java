package org.gongjian.events.pairing;

import java.util.Objects;

/** A pairing was approved, on its own or at a launch ({@code launchId}); its status is {@code ACTIVE}. */
public record PairingActivated(PairingSnapshot pairing) implements PairingLifecycleEvent {

    public static final String TYPE = "pairing.activated.v1";

    public PairingActivated {
        Objects.requireNonNull(pairing, "pairing");
    }

    @Override
    public String type() {
        return TYPE;
    }
}
