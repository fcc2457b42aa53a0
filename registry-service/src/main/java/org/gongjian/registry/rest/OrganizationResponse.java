package org.gongjian.registry.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gongjian.events.organization.OrganizationKind;
import org.gongjian.events.organization.OrganizationStatus;
import org.gongjian.events.organization.Sector;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An organization as read. Phones and e-mails are left out for readers who may not see personal data.
 */
public record OrganizationResponse(
        UUID id,
        String district,
        String name,
        OrganizationKind kind,
        Sector sector,
        UUID parentId,
        OrganizationParts.HostUnit hostUnit,
        OrganizationParts.Secretary secretary,
        List<OrganizationParts.Contact> contacts,
        OrganizationParts.Members members,
        LocalDate foundedOn,
        List<String> honours,
        OrganizationStatus status,
        OrganizationParts.Dissolution dissolution,
        long version,
        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        @Schema(description = "only in the answer to a registration, when there is something to point out")
        List<OrganizationParts.Warning> warnings) {
}
