package org.gongjian.registry.service;

import java.util.List;

/**
 * The outcome of an import: how many data rows were read, how many organizations were registered (none when any row
 * is bad, or on a dry run) and every bad row.
 */
public record ImportReport(boolean dryRun, int rows, int imported, List<RowError> errors) {

    public boolean accepted() {
        return errors.isEmpty();
    }
}
