package org.gongjian.events.organization;

/**
 * The sector an organization belongs to. Non-public enterprises and social organizations together are the
 * "two new" organizations (两新组织).
 *
 * <p>Published language: a consumer fails on a value it does not know, so adding a value is a breaking
 * change and needs new event type versions.
 */
public enum Sector {
    /** 机关: a government body. */
    ORGAN,
    /** 国企: a state-owned enterprise. */
    STATE_ENTERPRISE,
    /** 非公企业: a non-public enterprise. */
    NON_PUBLIC_ENTERPRISE,
    /** 社会组织: a chamber of commerce, an industry association and the like. */
    SOCIAL_ORGANIZATION,
    /** 社区: a community. */
    COMMUNITY
}
