package org.gongjian.pairing.rest;

import jakarta.ws.rs.core.HttpHeaders;

import java.util.Locale;

/** The reader's language for labels: English when asked for first, zh-CN otherwise. */
final class Languages {

    private Languages() {
    }

    static Locale of(HttpHeaders headers) {
        return headers.getAcceptableLanguages().stream()
                .filter(locale -> locale.getLanguage().equals("en") || locale.getLanguage().equals("zh"))
                .findFirst()
                .filter(locale -> locale.getLanguage().equals("en"))
                .orElse(Locale.SIMPLIFIED_CHINESE);
    }
}
