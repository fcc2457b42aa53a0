package org.gongjian.events.pairing;

/**
 * Where a pairing is in its lifecycle: {@code PROPOSED → ACTIVE → (SUSPENDED ↔ ACTIVE) → CONCLUDED}, and
 * {@code PROPOSED → REJECTED}.
 *
 * <p>Published language: adding a value is a breaking change (see {@link PairingType}).
 */
public enum PairingStatus {
    PROPOSED,
    ACTIVE,
    SUSPENDED,
    CONCLUDED,
    REJECTED
}
