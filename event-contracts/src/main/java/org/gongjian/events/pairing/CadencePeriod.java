package org.gongjian.events.pairing;

/**
 * The period a pairing's cadence counts joint activities in. Periods are calendar months or calendar
 * quarters.
 *
 * <p>Published language: adding a value is a breaking change (see {@link PairingType}).
 */
public enum CadencePeriod {
    MONTH,
    QUARTER
}
