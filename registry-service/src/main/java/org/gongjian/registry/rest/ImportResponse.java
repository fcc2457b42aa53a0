package org.gongjian.registry.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * An accepted import (or a dry run that found nothing wrong): how many rows were read and imported, and a warning for
 * each row whose name is very close to that of an organization already registered.
 */
public record ImportResponse(boolean dryRun, int rows, int imported, List<RowProblem> errors, List<Warning> warnings) {

    @Schema(description = "A row imported all the same, worth a look")
    public record Warning(int row, String column, String message, OrganizationParts.Similar similarTo) {
    }
}
