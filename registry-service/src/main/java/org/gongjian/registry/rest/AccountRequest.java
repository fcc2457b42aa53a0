package org.gongjian.registry.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Whom of an organization's people to invite. */
public record AccountRequest(
        @Schema(description = "'secretary', or the id of one of the organization's contacts", examples = "secretary")
        String person) {
}
