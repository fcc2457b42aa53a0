package org.gongjian.pairing.service;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Plaque numbers: the district code upper-cased, the year, and a sequence of at least three digits. */
class PlaqueNumbersTest {

    @Test
    void oneNumberIsTheDistrictTheYearAndTheSequence() {
        assertThat(PlaqueNumbers.numbers("xiangtan-htz", 2025, 1, 1)).containsExactly("XIANGTAN-HTZ-2025-001");
    }

    @Test
    void aLaunchTakesTheNumbersInARowEndingWithTheCountersLast() {
        assertThat(PlaqueNumbers.numbers("yuhu", 2026, 12, 3))
                .containsExactly("YUHU-2026-010", "YUHU-2026-011", "YUHU-2026-012");
    }

    @Test
    void aSequencePastNineHundredNinetyNineKeepsEveryDigit() {
        assertThat(PlaqueNumbers.numbers("yuhu", 2026, 1001, 2)).containsExactly("YUHU-2026-1000", "YUHU-2026-1001");
    }
}
