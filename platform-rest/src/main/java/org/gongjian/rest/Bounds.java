package org.gongjian.rest;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The bounds every service holds its input to, in one place: text without control characters, dates between
 * {@value #MIN_YEAR} and {@value #MAX_YEAR}, periods of at most {@value #MAX_PERIOD_YEARS} years, pages that cannot
 * overflow. JSON bodies get the text and date bounds from {@link StrictJson}, query parameters from
 * {@link QueryBounds}; services check periods and counts with the helpers here.
 */
public final class Bounds {

    public static final int MIN_YEAR = 1900;
    public static final int MAX_YEAR = 2200;
    public static final int MAX_PERIOD_YEARS = 10;
    /** The longest query parameter value. */
    public static final int MAX_QUERY_LENGTH = 1000;
    /** The highest page of any list: {@code page × size} stays far below {@link Integer#MAX_VALUE}. */
    public static final int MAX_PAGE = 1_000_000;

    private Bounds() {
    }

    /** Whether a year lies in the documented range. */
    public static boolean yearInRange(int year) {
        return year >= MIN_YEAR && year <= MAX_YEAR;
    }

    /** What is wrong with a text, or {@code null}: control characters, except line breaks and tabs in multi-line text. */
    public static Message textRefusal(String value, boolean multiLine) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (isControl(c) && !(multiLine && (c == '\n' || c == '\r' || c == '\t'))) {
                return ProblemTitles.field(multiLine ? "control-characters-multi-line" : "control-characters");
            }
        }
        return null;
    }

    /** A date outside {@value #MIN_YEAR}–{@value #MAX_YEAR}. */
    public static Message yearRefusal() {
        return ProblemTitles.field("year", MIN_YEAR, MAX_YEAR);
    }

    /** 400 naming {@code field} unless the year is in range. */
    public static LocalDate requireInRange(String field, LocalDate date) {
        if (date != null && !yearInRange(date.getYear())) {
            throw ProblemException.invalid(field, yearRefusal());
        }
        return date;
    }

    /** 400 naming {@code endField} unless {@code [start, end]} spans at most {@value #MAX_PERIOD_YEARS} years. */
    public static void requirePeriod(String endField, LocalDate start, LocalDate end) {
        if (start != null && end != null && ChronoUnit.DAYS.between(start, end) > ChronoUnit.DAYS.between(start,
                start.plusYears(MAX_PERIOD_YEARS))) {
            throw ProblemException.invalid(endField, ProblemTitles.field("period", MAX_PERIOD_YEARS));
        }
    }

    private static boolean isControl(char c) {
        return c < 0x20 || (c >= 0x7f && c <= 0x9f);
    }
}
