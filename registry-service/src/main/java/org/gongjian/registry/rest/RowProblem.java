package org.gongjian.registry.rest;

import org.gongjian.registry.service.RowError;

import java.util.Locale;

/** What is wrong with one row of an import, its message in the caller's language: row number, column (its header), why. */
public record RowProblem(int row, String column, String message) {

    static RowProblem of(RowError error, Locale locale) {
        return new RowProblem(error.row(), error.column(), error.message().in(locale));
    }
}
