package org.gongjian.rest;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongjian.rest.QueryParamsTest.assertRefused;

class LedgerRangeTest {

    @Test
    void coversFromToInclusive() {
        LedgerRange range = LedgerRange.parse("2026-01-01", "2026-12-31");
        assertThat(range.endExclusive()).isEqualTo(LocalDate.of(2027, 1, 1));
    }

    @Test
    void refusesNamingTheParameterInChineseByDefaultAndInEnglishOnRequest() {
        assertRefused(() -> LedgerRange.parse(null, "2026-12-31"), "from", "必填，须为日期，例如 2026-01-01",
                "is required, a date such as 2026-01-01");
        assertRefused(() -> LedgerRange.parse("2026-01-01", ""), "to", "必填，须为日期，例如 2026-12-31",
                "is required, a date such as 2026-12-31");
        assertRefused(() -> LedgerRange.parse("2026-02-01", "2026-01-01"), "to", "不能早于 from", "must not lie before 'from'");
        assertRefused(() -> LedgerRange.parse("2020-01-01", "2023-01-02"), "to", "台账最长覆盖 3 年",
                "the ledger covers at most 3 years");
    }
}
