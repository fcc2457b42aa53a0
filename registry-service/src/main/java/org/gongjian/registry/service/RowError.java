package org.gongjian.registry.service;

import org.gongjian.rest.Message;

/** What is wrong with one row of an import: its number (the header is row 1), the column (its header) and why. */
public record RowError(int row, String column, Message message) {
}
