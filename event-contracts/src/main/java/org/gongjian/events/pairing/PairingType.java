package org.gongjian.events.pairing;

/**
 * The shape of a pairing.
 *
 * <p>Published language: a consumer fails on a value it does not know, so adding a value is a breaking
 * change and needs new event type versions.
 */
public enum PairingType {
    /** One lead organization, one partner. */
    ONE_TO_ONE,
    /** One lead organization (usually an organ branch) with several partners. */
    ONE_TO_MANY,
    /** 党建联盟 / 联建: several units as equals; the lead is the convening unit. */
    ALLIANCE
}
