package org.gongjian.events.pairing;

import java.util.Objects;

/** A proposed pairing was edited (title, partners, agreement, term); its status is still {@code PROPOSED}. */
public record PairingUpdated(PairingSnapshot pairing) implements PairingLifecycleEvent {

    public static final String TYPE = "pairing.updated.v1";

    public PairingUpdated {
        Objects.requireNonNull(pairing, "pairing");
    }

    @Override
    public String type() {
        return TYPE;
    }
}
