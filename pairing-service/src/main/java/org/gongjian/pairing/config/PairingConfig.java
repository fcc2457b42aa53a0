package org.gongjian.pairing.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.ZoneId;

@ConfigMapping(prefix = "gongjian.pairing")
public interface PairingConfig {

    /** The zone in which "today" is reckoned (term ends, due dates, overdue demands). */
    @WithDefault("Asia/Shanghai")
    ZoneId zone();

    /** Days a demand's answer is due after it is raised, unless the raiser names a date. */
    @WithDefault("15")
    int demandDueDays();

    /** How many days before an unanswered demand's due date its lead side is reminded ({@code demand.due-soon.v1}). */
    @WithDefault("2")
    int demandDueSoonDays();

    /** When demands due soon or overdue are looked for (read by DemandDueJob's {@code @Scheduled}); {@code off} disables it. */
    @WithDefault("0 5 * * * ?")
    String demandDueCron();

    /** When term ends are checked (read by TermEndJob's {@code @Scheduled}); {@code off} disables the job. */
    @WithDefault("0 10 0 * * ?")
    String termEndCron();

    /** When missing year-end evaluation drafts are opened (read by YearEndEvaluationJob); {@code off} disables it. */
    @WithDefault("0 30 0 * * ?")
    String yearEndCron();
}
