package org.gongjian.rest;

import java.time.LocalDate;

/**
 * The days a ledger (台账) covers, {@code from} to {@code to} inclusive, at most {@value #MAX_YEARS} years. Parsed the
 * same way at the gateway, which assembles the ledger, and in every service that streams rows for it; a wrong value
 * answers 400 naming the parameter.
 */
public record LedgerRange(LocalDate from, LocalDate to) {

    public static final int MAX_YEARS = 3;

    public static LedgerRange parse(String from, String to) {
        LocalDate start = QueryParams.date("from", from);
        LocalDate end = QueryParams.date("to", to);
        if (start == null) {
            throw ProblemException.invalid("from", ProblemTitles.field("date-required", "2026-01-01"));
        }
        if (end == null) {
            throw ProblemException.invalid("to", ProblemTitles.field("date-required", "2026-12-31"));
        }
        if (end.isBefore(start)) {
            throw ProblemException.invalid("to", ProblemTitles.field("not-before", "from"));
        }
        if (end.isAfter(start.plusYears(MAX_YEARS))) {
            throw ProblemException.invalid("to", ProblemTitles.field("ledger-years", MAX_YEARS));
        }
        return new LedgerRange(start, end);
    }

    /** The day after {@code to}: the exclusive end used in queries. */
    public LocalDate endExclusive() {
        return to.plusDays(1);
    }
}
