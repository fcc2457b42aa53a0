package org.gongjian.events.organization;

import java.util.Objects;

/** An organization was dissolved; its status is {@code DISSOLVED} and {@code dissolution} says why and when. */
public record OrganizationDissolved(OrganizationSnapshot organization) implements OrganizationEvent {

    public static final String TYPE = "organization.dissolved.v1";

    public OrganizationDissolved {
        Objects.requireNonNull(organization, "organization");
    }

    @Override
    public String type() {
        return TYPE;
    }
}
