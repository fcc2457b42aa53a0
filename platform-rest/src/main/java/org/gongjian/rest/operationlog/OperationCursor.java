package org.gongjian.rest.operationlog;

import org.gongjian.rest.ProblemException;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/**
 * Where a page of the log ends, for keyset paging newest first: the last entry's time and id. Entries of several
 * services merge into one order by comparing the time, then the id as text (which is how PostgreSQL orders uuids).
 */
public record OperationCursor(Instant occurredAt, UUID id) {

    public static OperationCursor after(OperationEntry entry) {
        return new OperationCursor(entry.occurredAt(), entry.id());
    }

    public String encode() {
        String text = occurredAt + "," + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor of a query parameter, or {@code null} when it is absent; a 400 naming the parameter when unreadable. */
    public static OperationCursor decode(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(value), StandardCharsets.UTF_8);
            int comma = text.indexOf(',');
            return new OperationCursor(Instant.parse(text.substring(0, comma)), UUID.fromString(text.substring(comma + 1)));
        } catch (RuntimeException e) {
            throw ProblemException.invalid(name, "is not a cursor this list handed out");
        }
    }
}
