package org.gongjian.messaging;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DatabaseRetryTest {

    private final List<Duration> pauses = new ArrayList<>();
    private final AtomicInteger tries = new AtomicInteger();

    @AfterEach
    void clearInterrupt() {
        Thread.interrupted();
    }

    @Test
    void pausesDoubleUpToTheLongestAndNoneStartsPastThePatience() {
        DatabaseRetry retry = DatabaseRetry.backingOff(Duration.ofMillis(100), Duration.ofMillis(400), Duration.ofSeconds(1))
                .pausingWith(pauses::add);
        assertThatThrownBy(() -> retry.run("writing", () -> {
            throw new IllegalStateException("attempt " + tries.incrementAndGet());
        })).hasMessage("attempt 4");
        assertThat(pauses).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200), Duration.ofMillis(400));
    }

    @Test
    void aSteadyPauseStaysTheSame() {
        DatabaseRetry retry = DatabaseRetry.steady(Duration.ofSeconds(1), Duration.ofSeconds(3)).pausingWith(pauses::add);
        assertThat(retry.run("writing", () -> tries.incrementAndGet() < 3 ? fail() : "written")).isEqualTo("written");
        assertThat(pauses).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(1));
    }

    @Test
    void anInterruptedPauseEndsTheRunWithTheFailureAndKeepsTheInterrupt() {
        DatabaseRetry retry = DatabaseRetry.steady(Duration.ofSeconds(1), Duration.ofMinutes(1)).pausingWith(pause -> {
            throw new InterruptedException();
        });
        assertThatThrownBy(() -> retry.run("writing", () -> {
            throw new IllegalStateException("attempt " + tries.incrementAndGet());
        })).hasMessage("attempt 1");
        assertThat(Thread.currentThread().isInterrupted()).isTrue();
    }

    private static String fail() {
        throw new IllegalStateException("connection refused");
    }
}
