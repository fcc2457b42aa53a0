package org.gongjian.pairing.config;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * User-facing texts this service writes into its data (status reasons), from the {@code pairing-texts}
 * bundle: zh-CN by default, since events carry one text to every reader.
 */
public final class Texts {

    private static final Locale DEFAULT = Locale.SIMPLIFIED_CHINESE;

    private Texts() {
    }

    public static String get(String key, Object... arguments) {
        return get(DEFAULT, key, arguments);
    }

    public static String get(Locale locale, String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle("pairing-texts", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }
}
