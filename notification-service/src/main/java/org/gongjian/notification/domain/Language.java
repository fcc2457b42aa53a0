package org.gongjian.notification.domain;

import java.util.Locale;

/** The two languages notices are written in: zh-CN (default) and en. */
public final class Language {

    public static final String DEFAULT = "zh-CN";
    public static final String ENGLISH = "en";

    private Language() {
    }

    /** {@code en} for any English tag, otherwise the default. */
    public static String of(String tag) {
        return tag != null && tag.trim().toLowerCase(Locale.ROOT).startsWith("en") ? ENGLISH : DEFAULT;
    }

    public static boolean isSupported(String tag) {
        return DEFAULT.equals(tag) || ENGLISH.equals(tag);
    }
}
