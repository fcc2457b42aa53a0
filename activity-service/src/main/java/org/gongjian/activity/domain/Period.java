package org.gongjian.activity.domain;

import org.gongjian.events.pairing.CadencePeriod;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/**
 * One period of a cadence, {@code [start, end)}: a calendar month ({@code 2025-06}) or quarter ({@code 2025-Q2}).
 */
public record Period(CadencePeriod kind, LocalDate start, LocalDate end) {

    public static Period containing(CadencePeriod kind, LocalDate day) {
        if (kind == CadencePeriod.MONTH) {
            LocalDate start = day.withDayOfMonth(1);
            return new Period(kind, start, start.plusMonths(1));
        }
        int firstMonth = (day.getMonthValue() - 1) / 3 * 3 + 1;
        LocalDate start = LocalDate.of(day.getYear(), firstMonth, 1);
        return new Period(kind, start, start.plusMonths(3));
    }

    /** Parses {@code 2025-06} or {@code 2025-Q2}; null when the text is neither. */
    public static Period parse(String text) {
        try {
            if (text.matches("\\d{4}-Q[1-4]")) {
                int quarter = text.charAt(6) - '0';
                LocalDate start = LocalDate.of(Integer.parseInt(text.substring(0, 4)), (quarter - 1) * 3 + 1, 1);
                return new Period(CadencePeriod.QUARTER, start, start.plusMonths(3));
            }
            YearMonth month = YearMonth.parse(text);
            return new Period(CadencePeriod.MONTH, month.atDay(1), month.atDay(1).plusMonths(1));
        } catch (DateTimeParseException | NumberFormatException e) {
            return null;
        }
    }

    public Period previous() {
        return containing(kind, start.minusDays(1));
    }

    /** The same stretch of time in another cadence's periods (the one containing this start). */
    public Period as(CadencePeriod other) {
        return containing(other, start);
    }

    public String label() {
        if (kind == CadencePeriod.MONTH) {
            return YearMonth.from(start).toString();
        }
        return start.getYear() + "-Q" + ((start.getMonthValue() - 1) / 3 + 1);
    }
}
