package org.gongjian.events.pairing;

import java.util.Objects;

/** A pairing was proposed; its status is {@code PROPOSED}. */
public record PairingProposed(PairingSnapshot pairing) implements PairingLifecycleEvent {

    public static final String TYPE = "pairing.proposed.v1";

    public PairingProposed {
        Objects.requireNonNull(pairing, "pairing");
    }

    @Override
    public String type() {
        return TYPE;
    }
}
