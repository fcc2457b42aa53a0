package org.gongjian.registry.rest;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Content-Disposition for a download with a Chinese file name (RFC 6266 with an ASCII fallback). */
final class Downloads {

    private Downloads() {
    }

    static String disposition(String name, String asciiFallback) {
        return "attachment; filename=\"" + asciiFallback + "\"; filename*=UTF-8''"
                + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
