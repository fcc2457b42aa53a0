package org.gongjian.registry.rest;

/** What is wrong with one row of an import, its message in the caller's language: row number, column (its header), why. */
public record RowProblem(int row, String column, String message) {
}
