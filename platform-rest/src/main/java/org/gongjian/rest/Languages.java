package org.gongjian.rest;

import jakarta.ws.rs.core.HttpHeaders;

import java.util.List;
import java.util.Locale;

/**
 * The reader's language: the first of Chinese or English a request accepts, zh-CN when it names neither. Every
 * user-facing text is chosen this way, then read from a bundle with {@link Texts}.
 */
public final class Languages {

    public static final Locale DEFAULT = Locale.SIMPLIFIED_CHINESE;

    private Languages() {
    }

    /**
     * The language of a JAX-RS request. Read from the header itself: JAX-RS's {@code getAcceptableLanguages()}
     * throws on an unreadable header ({@code en;q=x}), which inside an exception mapper would turn a 4xx into a 500.
     */
    public static Locale of(HttpHeaders headers) {
        return of(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    }

    /** From the languages a request accepts, in order of preference (JAX-RS {@code getAcceptableLanguages()}). */
    public static Locale of(List<Locale> acceptable) {
        return acceptable.stream()
                .filter(locale -> locale.getLanguage().equals("en") || locale.getLanguage().equals("zh"))
                .findFirst()
                .filter(locale -> locale.getLanguage().equals("en"))
                .map(locale -> Locale.ENGLISH)
                .orElse(DEFAULT);
    }

    /**
     * For a request that may name its language in a query parameter ({@code ?lang=en}, for a link opened without
     * headers): the parameter when it names one, else the {@code Accept-Language} header.
     */
    public static Locale of(String lang, String acceptLanguage) {
        return of(lang != null && !lang.isBlank() ? lang : acceptLanguage);
    }

    /** From an {@code Accept-Language} header or a single tag ({@code en}, {@code zh-CN}); null or unreadable → zh-CN. */
    public static Locale of(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return DEFAULT;
        }
        try {
            return of(Locale.LanguageRange.parse(acceptLanguage).stream()
                    .map(range -> Locale.forLanguageTag(range.getRange()))
                    .toList());
        } catch (IllegalArgumentException e) {
            return DEFAULT;
        }
    }
}
