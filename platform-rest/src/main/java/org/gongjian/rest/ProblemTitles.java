package org.gongjian.rest;

import java.util.List;
import java.util.Locale;

/** Problem titles from the {@code problem-texts} bundle: zh-CN by default, English on request. */
public final class ProblemTitles {

    private static final Texts TEXTS = Texts.of("problem");

    private ProblemTitles() {
    }

    public static String title(String kind, List<Locale> acceptable) {
        return title(kind, Languages.of(acceptable));
    }

    public static String title(String kind, Locale locale) {
        return TEXTS.find(locale, kind).orElseGet(() -> TEXTS.pattern(locale, "error"));
    }
}
