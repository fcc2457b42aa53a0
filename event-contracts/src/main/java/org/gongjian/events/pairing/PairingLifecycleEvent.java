package org.gongjian.events.pairing;

/** A change of a pairing: its data is the whole pairing after the change. */
public sealed interface PairingLifecycleEvent extends PairingEvent
        permits PairingProposed, PairingUpdated, PairingActivated, PairingRejected, PairingSuspended,
        PairingResumed, PairingConcluded {

    /** The pairing after the change. */
    PairingSnapshot pairing();

    @Override
    default String subject() {
        return pairing().id().toString();
    }

    @Override
    default String district() {
        return pairing().district();
    }
}
