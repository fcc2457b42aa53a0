package org.gongjian.rest;

import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Problem titles from the {@code problems} message bundle: zh-CN by default, English on request. */
public final class ProblemTitles {

    private static final Locale DEFAULT = Locale.SIMPLIFIED_CHINESE;

    private ProblemTitles() {
    }

    public static String title(String kind, List<Locale> acceptable) {
        Locale locale = acceptable.stream()
                .filter(candidate -> candidate.getLanguage().equals("en") || candidate.getLanguage().equals("zh"))
                .findFirst()
                .orElse(DEFAULT);
        ResourceBundle bundle = ResourceBundle.getBundle("problems", locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
        try {
            return bundle.getString(kind);
        } catch (MissingResourceException e) {
            return bundle.getString("error");
        }
    }
}
