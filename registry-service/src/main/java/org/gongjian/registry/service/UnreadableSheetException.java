package org.gongjian.registry.service;

import org.gongjian.rest.ProblemException;
import org.gongjian.rest.Texts;

/** An upload that is not a spreadsheet we can read: 400 naming the {@code file} part. */
final class UnreadableSheetException {

    private static final Texts TEXTS = Texts.of("registry");

    private UnreadableSheetException() {
    }

    /** Why, from the registry texts ({@code sheet.<key>}), read in the caller's language. */
    static ProblemException of(String key, Object... arguments) {
        return ProblemException.invalid("file", TEXTS.message("sheet." + key, arguments));
    }
}
