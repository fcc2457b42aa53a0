package org.gongjian.events.pairing;

import java.util.Objects;

/** A suspended pairing was resumed; its status is {@code ACTIVE} again. */
public record PairingResumed(PairingSnapshot pairing) implements PairingLifecycleEvent {

    public static final String TYPE = "pairing.resumed.v1";

    public PairingResumed {
        Objects.requireNonNull(pairing, "pairing");
    }

    @Override
    public String type() {
        return TYPE;
    }
}
