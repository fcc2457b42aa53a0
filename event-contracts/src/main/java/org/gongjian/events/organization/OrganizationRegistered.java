package org.gongjian.events.organization;

import java.util.Objects;

/** A new organization was registered (by hand or by an import). */
public record OrganizationRegistered(OrganizationSnapshot organization) implements OrganizationEvent {

    public static final String TYPE = "organization.registered.v1";

    public OrganizationRegistered {
        Objects.requireNonNull(organization, "organization");
    }

    @Override
    public String type() {
        return TYPE;
    }
}
