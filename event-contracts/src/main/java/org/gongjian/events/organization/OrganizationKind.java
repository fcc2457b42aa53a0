package org.gongjian.events.organization;

/**
 * The level of a party organization.
 *
 * <p>Published language: adding a value is a breaking change (see {@link Sector}).
 */
public enum OrganizationKind {
    /** 党委. */
    PARTY_COMMITTEE,
    /** 党总支. */
    GENERAL_BRANCH,
    /** 党支部. */
    BRANCH
}
