package org.gongjian.registry.service;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * A part of a name as the index of names knows it ({@code organization_name_grams} in V11_2): one character asks for
 * that character, a longer text for each pair of adjacent characters in it. Counted in code points, as PostgreSQL
 * counts characters, and in lower case.
 */
record NameQuery(String text) {

    NameQuery {
        text = text.trim();
    }

    /** The grams a name must all hold to contain the text. */
    String[] grams() {
        int[] characters = text.toLowerCase(Locale.ROOT).codePoints().toArray();
        if (characters.length == 1) {
            return new String[] {new String(characters, 0, 1)};
        }
        Set<String> pairs = new LinkedHashSet<>();
        for (int i = 0; i + 1 < characters.length; i++) {
            pairs.add(new String(characters, i, 2));
        }
        return new ArrayList<>(pairs).toArray(String[]::new);
    }

    /** The text as an ILIKE pattern that matches it anywhere in a name. */
    String anywhere() {
        return "%" + escaped() + "%";
    }

    /** The text as an ILIKE pattern that matches a name starting with it. */
    String prefix() {
        return escaped() + "%";
    }

    private String escaped() {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
