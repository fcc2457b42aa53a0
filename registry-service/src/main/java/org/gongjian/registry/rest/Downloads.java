package org.gongjian.registry.rest;

import org.gongjian.rest.Texts;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Content-Disposition for a download with a file name in the reader's language (RFC 6266 with an ASCII fallback);
 * the names are the {@code file.*} texts of {@code registry-texts}.
 */
final class Downloads {

    static final Texts TEXTS = Texts.of("registry");

    private Downloads() {
    }

    static String disposition(String name, String asciiFallback) {
        return "attachment; filename=\"" + asciiFallback + "\"; filename*=UTF-8''"
                + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
