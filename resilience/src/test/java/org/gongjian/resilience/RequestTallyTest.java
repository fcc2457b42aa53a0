package org.gongjian.resilience;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RequestTallyTest {

    @Test
    void countsErrorsByStatusAndOnlyUndocumentedServerErrorsAsFailures() {
        RequestTally t = new RequestTally();
        t.record(201, 10);
        t.record(200, 12);
        t.record(503, 3);
        t.record(503, 4);
        t.record(404, 5);
        t.record(500, 30);
        t.record(RequestTally.NO_ANSWER, 3000);
        assertThat(t.sent()).isEqualTo(7);
        assertThat(t.errorsByStatus()).containsExactly(
                java.util.Map.entry(-1, 1L), java.util.Map.entry(404, 1L), java.util.Map.entry(500, 1L), java.util.Map.entry(503, 2L));
        assertThat(t.undocumentedFailures()).isEqualTo(2);
        assertThat(t.latencies().max()).isEqualTo(3000);
    }

    @Test
    void successesAndTheDocumented503AreNoFailure() {
        RequestTally t = new RequestTally();
        t.record(200, 1);
        t.record(503, 1);
        assertThat(t.undocumentedFailures()).isZero();
    }
}
