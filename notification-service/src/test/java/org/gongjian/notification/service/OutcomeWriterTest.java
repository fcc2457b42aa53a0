package org.gongjian.notification.service;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OutcomeWriterTest {

    private final List<Duration> pauses = new ArrayList<>();

    @Test
    void aWriteThatFailsWhileTheDatabaseRestartsIsTriedAgainUntilItSucceeds() {
        OutcomeWriter writer = new OutcomeWriter(Duration.ofMinutes(2), pauses::add);
        AtomicInteger tries = new AtomicInteger();
        writer.write("e-mails sent", () -> {
            if (tries.incrementAndGet() < 4) {
                throw new IllegalStateException("Connection refused");
            }
        });
        assertThat(tries).hasValue(4);
        assertThat(pauses).containsExactly(Duration.ofMillis(200), Duration.ofMillis(400), Duration.ofMillis(800));
    }

    @Test
    void pausesGrowToFiveSecondsAndTheLastFailureIsThrownOncePatienceIsSpent() {
        OutcomeWriter writer = new OutcomeWriter(Duration.ofSeconds(20), pauses::add);
        AtomicInteger tries = new AtomicInteger();
        assertThatThrownBy(() -> writer.write("e-mails sent", () -> {
            throw new IllegalStateException("attempt " + tries.incrementAndGet());
        })).hasMessage("attempt " + tries.get());
        assertThat(pauses).startsWith(Duration.ofMillis(200), Duration.ofMillis(400), Duration.ofMillis(800),
                Duration.ofMillis(1600), Duration.ofMillis(3200), Duration.ofSeconds(5));
        assertThat(pauses.stream().reduce(Duration.ZERO, Duration::plus)).isLessThanOrEqualTo(Duration.ofSeconds(20));
        assertThat(tries).hasValue(pauses.size() + 1);
    }

    @Test
    void aWriteThatSucceedsAtOnceNeverPauses() {
        new OutcomeWriter(Duration.ofMinutes(2), pauses::add).write("e-mails sent", () -> { });
        assertThat(pauses).isEmpty();
    }
}
