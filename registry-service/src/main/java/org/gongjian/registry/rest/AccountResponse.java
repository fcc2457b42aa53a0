package org.gongjian.registry.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A person's account made from the register. */
public record AccountResponse(
        UUID organizationId,
        @Schema(description = "'secretary' or the contact's id") String person,
        @Schema(description = "branch-secretary for the secretary, enterprise-contact for a contact") String role,
        OrganizationParts.AccountStatus state,
        @Schema(description = "the Keycloak username: the person's e-mail address") String username,
        OffsetDateTime invitedAt) {
}
