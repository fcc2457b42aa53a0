package org.gongjian.registry.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gongjian.rest.Problem;

import java.util.List;
import java.util.UUID;

/**
 * 409: the enterprise is already on the district's register. {@code existing} names the organization that stands
 * for it, so that the caller can open it instead of registering it again.
 */
public record DuplicateProblem(String type, String title, int status, String detail, String instance,
        List<Problem.FieldError> errors, Existing existing) {

    static final String TYPE = "https://gongjian.org/problems/duplicate-organization";

    @Schema(description = "The organization already registered with this credit code")
    public record Existing(UUID id, String name) {
    }
}
