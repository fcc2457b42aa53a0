package org.gongjian.events.pairing;

import java.util.Objects;

/** A proposed pairing was rejected; its status is {@code REJECTED}, {@code statusReason} says why. */
public record PairingRejected(PairingSnapshot pairing) implements PairingLifecycleEvent {

    public static final String TYPE = "pairing.rejected.v1";

    public PairingRejected {
        Objects.requireNonNull(pairing, "pairing");
    }

    @Override
    public String type() {
        return TYPE;
    }
}
