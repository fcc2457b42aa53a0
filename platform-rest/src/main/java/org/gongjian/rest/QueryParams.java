package org.gongjian.rest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.UUID;

/**
 * Query parameters parsed by the resource rather than by JAX-RS, so that a wrong value answers 400 naming the
 * parameter (JAX-RS would answer 404). A missing or blank value is {@code null}.
 */
public final class QueryParams {

    private QueryParams() {
    }

    public static Integer integer(String name, String value) {
        if (isAbsent(value)) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw ProblemException.invalid(name, ProblemTitles.field("integer"));
        }
    }

    public static UUID uuid(String name, String value) {
        if (isAbsent(value)) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(name, ProblemTitles.field("uuid"));
        }
    }

    public static <E extends Enum<E>> E enumeration(String name, String value, Class<E> type) {
        if (isAbsent(value)) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(name, ProblemTitles.field("one-of", Arrays.toString(type.getEnumConstants())));
        }
    }

    public static LocalDate date(String name, String value) {
        if (isAbsent(value)) {
            return null;
        }
        try {
            return Bounds.requireInRange(name, LocalDate.parse(value.strip()));
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(name, ProblemTitles.field("date"));
        }
    }

    public static Boolean bool(String name, String value) {
        if (isAbsent(value)) {
            return null;
        }
        return switch (value.strip().toLowerCase()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ProblemException.invalid(name, ProblemTitles.field("boolean"));
        };
    }

    private static boolean isAbsent(String value) {
        return value == null || value.isBlank();
    }
}
