package org.gongjian.resilience;

import org.gongjian.stack.Percentiles;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class FaultTableTest {

    @Test
    void oneRowPerFaultWithErrorsByStatusAndTheVerdict() {
        FaultRow ok = new FaultRow("kill -9 pairing-service", 120, Map.of(503, 2L), 40, 90, 0, 0, Duration.ofMillis(8400),
                Percentiles.of(List.of(10L), TimeUnit.MILLISECONDS), List.of());
        FaultRow bad = new FaultRow("Kafka stopped", 80, Map.of(), 30, 50, 0, 3, null,
                Percentiles.of(List.of(), TimeUnit.MILLISECONDS), List.of("3 events not applied by every consumer"));
        String table = FaultTable.render(List.of(ok, bad));
        assertThat(table.lines()).hasSize(4);
        assertThat(table.lines().toList().get(0)).startsWith("| fault | requests | errors by status |");
        assertThat(table).contains("| kill -9 pairing-service | 120 | 503×2 | 40 | 90 | 0 | 0 | 8.4 s |")
                .contains("| Kafka stopped | 80 | none | 30 | 50 | 0 | 3 | not quiet | - | FAILED: 3 events not applied by every consumer |");
    }

    @Test
    void aRequestNothingAnsweredIsShownAsSuch() {
        FaultRow r = new FaultRow("x", 1, Map.of(RequestTally.NO_ANSWER, 1L), 0, 0, 0, 0, Duration.ZERO,
                Percentiles.of(List.of(), TimeUnit.MILLISECONDS), List.of());
        assertThat(r.errors()).isEqualTo("no answer×1");
    }
}
