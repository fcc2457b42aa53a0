package org.gongjian.rest;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * A module's user-facing texts: the bundle {@code <module>-texts} ({@code <module>-texts.properties} zh-CN, the
 * default; {@code <module>-texts_en.properties} English). The language comes from {@link Languages}.
 *
 * <pre>{@code
 * private static final Texts TEXTS = Texts.of("pairing");
 * TEXTS.get(Languages.of(headers), "rating.GOOD");
 * TEXTS.get("reason.term-ended", endDate);      // zh-CN, for text stored in data
 * }</pre>
 */
public final class Texts {

    private final String bundle;

    private Texts(String bundle) {
        this.bundle = bundle;
    }

    /** The texts of a module, e.g. {@code Texts.of("registry")} for {@code registry-texts.properties}. */
    public static Texts of(String module) {
        return new Texts(module + "-texts");
    }

    /** The text in zh-CN, its {@code {0}} placeholders filled ({@link MessageFormat}). */
    public String get(String key, Object... arguments) {
        return get(Languages.DEFAULT, key, arguments);
    }

    /** The text in a language, its {@code {0}} placeholders filled ({@link MessageFormat}). */
    public String get(Locale locale, String key, Object... arguments) {
        return new MessageFormat(pattern(locale, key), locale).format(arguments);
    }

    /** The text as written in the bundle, for templates of another syntax. */
    public String pattern(Locale locale, String key) {
        return bundle(locale).getString(key);
    }

    /** The text for a reader whose language is not known yet: read with {@link Message#in(Locale)} when answering. */
    public Message message(String key, Object... arguments) {
        return Message.of(this, key, arguments);
    }

    public Optional<String> find(Locale locale, String key) {
        try {
            return Optional.of(pattern(locale, key));
        } catch (MissingResourceException e) {
            return Optional.empty();
        }
    }

    private ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(bundle, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
