package org.gongjian.events.organization;

/**
 * Whether an organization still exists.
 *
 * <p>Published language: adding a value is a breaking change (see {@link Sector}).
 */
public enum OrganizationStatus {
    ACTIVE,
    DISSOLVED
}
