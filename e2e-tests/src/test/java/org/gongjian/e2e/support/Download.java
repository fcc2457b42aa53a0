package org.gongjian.e2e.support;

import java.net.http.HttpHeaders;

/** A file the platform answered (a spreadsheet, a zip): status, headers and the bytes as sent. */
public record Download(String request, int status, HttpHeaders headers, byte[] body) {

    public String header(String name) {
        return headers.firstValue(name).orElse(null);
    }

    /** This download when its status is {@code expected}; an assertion error naming the request otherwise. */
    public Download expect(int expected) {
        if (status != expected) {
            String text = new String(body, java.nio.charset.StandardCharsets.UTF_8);
            throw new AssertionError(request + " answered " + status + ", expected " + expected + ": "
                    + (text.length() > 800 ? text.substring(0, 800) + "…" : text));
        }
        return this;
    }
}
