package org.gongjian.activity.domain;

import java.time.LocalDate;

/**
 * Where a pairing stands in one period. A period is compliant when {@code held >= required}; confirmation is
 * reported but not required (an unconfirmed activity is flagged separately after seven days).
 */
public enum CadenceStanding {
    /** Enough activities held. */
    OK,
    /** The period is running and not yet short enough to warn. */
    IN_PROGRESS,
    /** Within the last week of the period, with too few held. */
    AT_RISK,
    /** The period ended with too few held. */
    MISSED;

    public static final int WARNING_DAYS = 7;

    public static CadenceStanding of(Period period, int required, int held, LocalDate today) {
        if (held >= required) {
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
