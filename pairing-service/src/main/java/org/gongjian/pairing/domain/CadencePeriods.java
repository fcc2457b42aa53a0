package org.gongjian.pairing.domain;

import org.gongjian.events.pairing.CadencePeriod;

import java.time.LocalDate;

/** Calendar months and quarters, as the cadence counts them. */
public final class CadencePeriods {

    private CadencePeriods() {
    }

    public static LocalDate startOf(LocalDate day, CadencePeriod period) {
        return switch (period) {
            case MONTH -> day.withDayOfMonth(1);
            case QUARTER -> day.withDayOfMonth(1).withMonth(((day.getMonthValue() - 1) / 3) * 3 + 1);
        };
    }

    public static LocalDate next(LocalDate periodStart, CadencePeriod period) {
        return period == CadencePeriod.MONTH ? periodStart.plusMonths(1) : periodStart.plusMonths(3);
    }

    /** The number of periods that touch [from, to] (both inclusive). */
    public static int count(LocalDate from, LocalDate to, CadencePeriod period) {
        if (to.isBefore(from)) {
            return 0;
        }
        int count = 0;
        for (LocalDate start = startOf(from, period); !start.isAfter(to); start = next(start, period)) {
            count++;
        }
        return count;
    }
}
