package org.gongjian.rest;

import java.util.List;
import java.util.Locale;

/**
 * Problem titles from the {@code problem-texts} bundle (keys: the kinds), zh-CN by default, English on request; and
 * the details the platform itself gives (keys {@code detail.<kind>}).
 */
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

    /** The platform's detail for a kind of problem, read in the caller's language when answering. */
    public static Message detail(String kind, Object... arguments) {
        return TEXTS.message("detail." + kind, arguments);
    }

    /** The platform's message for a field ({@code field.<key>}), e.g. a value Jackson could not read. */
    public static Message field(String key, Object... arguments) {
        return TEXTS.message("field." + key, arguments);
    }

    static Message typeName(String type) {
        return TEXTS.message("type." + type);
    }

    /** What a 404 names ({@code Pairing} → 结对), from {@code thing.<what>}; a name without a text stays as it is. */
    static Message thing(String what) {
        return Message.reading(locale -> TEXTS.find(locale, "thing." + what).orElse(what));
    }
}
