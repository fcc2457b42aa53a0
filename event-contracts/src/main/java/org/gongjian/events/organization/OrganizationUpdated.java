package org.gongjian.events.organization;

import java.util.Objects;

/** An active organization's record changed: name, hierarchy, host unit, secretary, contacts, members, honours. */
public record OrganizationUpdated(OrganizationSnapshot organization) implements OrganizationEvent {

    public static final String TYPE = "organization.updated.v1";

    public OrganizationUpdated {
        Objects.requireNonNull(organization, "organization");
    }

    @Override
    public String type() {
        return TYPE;
    }
}
