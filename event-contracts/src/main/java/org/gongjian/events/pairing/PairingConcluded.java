package org.gongjian.events.pairing;

import java.util.Objects;

/** A pairing was concluded at or before the end of its term; its status is {@code CONCLUDED}. */
public record PairingConcluded(PairingSnapshot pairing) implements PairingLifecycleEvent {

    public static final String TYPE = "pairing.concluded.v1";

    public PairingConcluded {
        Objects.requireNonNull(pairing, "pairing");
    }

    @Override
    public String type() {
        return TYPE;
    }
}
