package org.gongjian.registry.service;

import org.gongjian.rest.ProblemException;

/** An upload that is not a spreadsheet we can read: 400 naming the {@code file} part. */
final class UnreadableSheetException {

    private UnreadableSheetException() {
    }

    static ProblemException of(String message) {
        return ProblemException.invalid("file", message);
    }
}
