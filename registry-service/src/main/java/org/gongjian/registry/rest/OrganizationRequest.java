package org.gongjian.registry.rest;

import org.gongjian.events.organization.OrganizationKind;
import org.gongjian.events.organization.Sector;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Registering an organization, or replacing what is known of it (then with the ETag in If-Match). */
public record OrganizationRequest(
        String name,
        OrganizationKind kind,
        Sector sector,
        UUID parentId,
        OrganizationParts.HostUnit hostUnit,
        OrganizationParts.Secretary secretary,
        List<OrganizationParts.Contact> contacts,
        OrganizationParts.Members members,
        LocalDate foundedOn,
        List<String> honours) {
}
