package org.gongjian.events.pairing;

import java.util.Objects;

/** An active pairing was suspended, by the committee or because a member organization was dissolved; its status is {@code SUSPENDED}. */
public record PairingSuspended(PairingSnapshot pairing) implements PairingLifecycleEvent {

    public static final String TYPE = "pairing.suspended.v1";

    public PairingSuspended {
        Objects.requireNonNull(pairing, "pairing");
    }

    @Override
    public String type() {
        return TYPE;
    }
}
