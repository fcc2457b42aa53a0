package org.gongjian.resilience;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PercentilesTest {

    @Test
    void nearestRankOfAHundredMeasurements() {
        List<Long> millis = new ArrayList<>();
        for (long i = 100; i >= 1; i--) {
            millis.add(i);
        }
        Percentiles p = Percentiles.of(millis);
        assertThat(p).isEqualTo(new Percentiles(100, 50, 95, 99, 100));
    }

    @Test
    void oneSlowRequestAmongFewIsTheNinetyFifthPercentile() {
        Percentiles p = Percentiles.of(List.of(10L, 12L, 11L, 5000L));
        assertThat(p.p50()).isEqualTo(11);
        assertThat(p.p95()).isEqualTo(5000);
        assertThat(p.max()).isEqualTo(5000);
    }

    @Test
    void noMeasurementsPrintAsADash() {
        assertThat(Percentiles.of(List.of()).toString()).isEqualTo("-");
        assertThat(Percentiles.of(List.of(7L)).toString()).isEqualTo("p50 7 / p95 7 / p99 7 / max 7 ms");
    }
}
