package org.gongjian.registry.service;

import java.util.List;
import java.util.UUID;

/**
 * The outcome of an import: how many data rows were read, how many organizations were registered (none when any row
 * is bad or registers an enterprise a second time, or on a dry run), every bad row, every row that registers an
 * enterprise already registered, and every row whose name is very close to a registered one (imported all the same).
 */
public record ImportReport(boolean dryRun, int rows, int imported, List<RowError> errors, List<DuplicateRow> duplicates,
        List<SimilarRow> warnings) {

    public boolean accepted() {
        return errors.isEmpty() && duplicates.isEmpty();
    }

    /**
     * A row whose credit code already stands for an organization: one of the register ({@code existingId} set), or an
     * earlier row of the same sheet ({@code existingRow} set).
     */
    public record DuplicateRow(int row, String creditCode, UUID existingId, String existingName, Integer existingRow) {
    }

    /** A row whose name is very close to that of a registered organization. */
    public record SimilarRow(int row, String name, Duplicates.SimilarName similarTo) {
    }
}
