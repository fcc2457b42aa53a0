package org.gongjian.messaging;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BackoffTest {

    private static final Backoff RELAY = new Backoff(Duration.ofMillis(500), Duration.ofSeconds(30));

    @Test
    void pausesDoubleFromTheFirstAndStayAtTheLongest() {
        assertThat(Stream.iterate(RELAY.first(), RELAY::after).limit(9)).containsExactly(
                Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4),
                Duration.ofSeconds(8), Duration.ofSeconds(16), Duration.ofSeconds(30), Duration.ofSeconds(30),
                Duration.ofSeconds(30));
    }

    @Test
    void aPauseIsNeverDoubledPastTheLongest() {
        Backoff backoff = new Backoff(Duration.ofMillis(200), Duration.ofSeconds(5));
        assertThat(backoff.after(Duration.ofMillis(3200))).isEqualTo(Duration.ofSeconds(5));
        assertThat(backoff.after(Duration.ofSeconds(5))).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void aSteadyBackoffPausesTheSameEveryTime() {
        Backoff steady = Backoff.steady(Duration.ofSeconds(1));
        assertThat(Stream.iterate(steady.first(), steady::after).limit(3))
                .containsOnly(Duration.ofSeconds(1));
    }

    @Test
    void thePauseAfterTheNthFailureIsTheNthOfTheSequence() {
        Backoff webhooks = new Backoff(Duration.ofSeconds(30), Duration.ofHours(1));
        assertThat(IntStream.rangeClosed(1, 10).mapToObj(webhooks::afterFailures)).containsExactlyElementsOf(
                Stream.iterate(webhooks.first(), webhooks::after).limit(10).toList());
        assertThat(webhooks.afterFailures(0)).isEqualTo(Duration.ofSeconds(30));
        assertThat(webhooks.afterFailures(5)).isEqualTo(Duration.ofMinutes(8));
        assertThat(webhooks.afterFailures(8)).isEqualTo(Duration.ofHours(1));
        assertThat(webhooks.afterFailures(Integer.MAX_VALUE)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void aLongestShorterThanTheFirstOrANonPositiveFirstIsRefused() {
        assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(2), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("shorter than the first");
        assertThatThrownBy(() -> new Backoff(Duration.ZERO, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("positive");
    }
}
