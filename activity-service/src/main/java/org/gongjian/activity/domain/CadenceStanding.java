package org.gongjian.activity.domain;

import java.time.LocalDate;

/**
 * Where a pairing stands in one period. A period is compliant when {@code kept >= required}: an activity counts once the
 * partner side confirmed it (or the committee dismissed a dispute of it), so one side alone cannot make a pairing
 * compliant. Held activities awaiting confirmation are reported beside it.
 */
public enum CadenceStanding {
    /** Enough activities kept. */
    OK,
    /** The period is running and not yet short enough to warn. */
    IN_PROGRESS,
    /** Within the last week of the period, with too few kept. */
    AT_RISK,
    /** The period ended with too few kept. */
    MISSED;

    public static final int WARNING_DAYS = 7;

    public static CadenceStanding of(Period period, int required, int kept, LocalDate today) {
        if (kept >= required) {
            return OK;
        }
        if (!today.isBefore(period.end())) {
            return MISSED;
        }
        if (!today.isBefore(period.end().minusDays(WARNING_DAYS))) {
            return AT_RISK;
        }
        return IN_PROGRESS;
    }
}
