package org.gongjian.activity.rest;

import org.gongjian.rest.ProblemException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.UUID;

/** Query parameters read as text and parsed here, so that a bad value answers 400 naming it (not a bare 404). */
final class Params {

    private Params() {
    }

    static <E extends Enum<E>> E enumOf(Class<E> type, String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(field, "must be one of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    static LocalDate date(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(field, "must be a date such as 2025-06-01");
        }
    }

    static UUID uuid(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(field, "must be a UUID");
        }
    }

    static Boolean bool(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.strip().toLowerCase()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ProblemException.invalid(field, "must be true or false");
        };
    }
}
