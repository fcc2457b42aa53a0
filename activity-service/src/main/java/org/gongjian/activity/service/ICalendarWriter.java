package org.gongjian.activity.service;

import org.gongjian.activity.domain.Activity;
import org.gongjian.events.activity.ActivityStatus;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * RFC 5545 text: CRLF line ends, lines folded at 75 octets without splitting a UTF-8 character, TEXT values escaped,
 * times in UTC ({@code Z}).
 */
public final class ICalendarWriter {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final int MAX_OCTETS = 75;

    private final StringBuilder out = new StringBuilder();

    public static String calendar(String name, List<Activity> activities, Instant now, String uidDomain) {
        ICalendarWriter w = new ICalendarWriter();
        w.line("BEGIN:VCALENDAR");
        w.line("VERSION:2.0");
        w.line("PRODID:-//Gongjian//activity-service//ZH");
        w.line("CALSCALE:GREGORIAN");
        w.line("METHOD:PUBLISH");
        w.line("X-WR-CALNAME:" + escape(name));
        w.line("X-WR-TIMEZONE:Asia/Shanghai");
        for (Activity a : activities) {
            w.line("BEGIN:VEVENT");
            w.line("UID:" + a.id + "@" + uidDomain);
            w.line("DTSTAMP:" + UTC.format(now));
            w.line("DTSTART:" + UTC.format(a.startsAt));
            w.line("DTEND:" + UTC.format(a.endsAt));
            w.line("SUMMARY:" + escape(a.title));
            if (a.location != null && !a.location.isBlank()) {
                w.line("LOCATION:" + escape(a.location));
            }
            w.line("STATUS:" + (a.status == ActivityStatus.CANCELLED ? "CANCELLED" : "CONFIRMED"));
            w.line("SEQUENCE:" + a.version);
            w.line("CATEGORIES:" + a.type.name());
            w.line("END:VEVENT");
        }
        w.line("END:VCALENDAR");
        return w.out.toString();
    }

    /** Backslash, semicolon, comma and newline escaped as RFC 5545 §3.3.11 asks. */
    public static String escape(String text) {
        return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n");
    }

    @Override
    public String toString() {
        return out.toString();
    }

    /** Appends a content line, folded so that no physical line exceeds 75 octets. */
    void line(String content) {
        int octets = 0;
        int limit = MAX_OCTETS;
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        out.append("\r\n");
    }
}
