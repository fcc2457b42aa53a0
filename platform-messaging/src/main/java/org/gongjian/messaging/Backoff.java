package org.gongjian.messaging;

import java.time.Duration;
import java.util.Objects;

/**
 * The one way the platform waits longer after each failure: the {@code first} pause, doubled after each pause up to
 * the {@code longest} (the same pause every time when the two are equal), without jitter. Used by the outbox relay
 * while the broker is away, by {@link DatabaseRetry} while the database is, and by notification-service between the
 * tries of a webhook.
 */
public record Backoff(Duration first, Duration longest) {

    public Backoff {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(longest, "longest");
        if (first.isNegative() || first.isZero()) {
            throw new IllegalArgumentException("The first pause must be positive: " + first);
        }
        if (longest.compareTo(first) < 0) {
            throw new IllegalArgumentException("The longest pause " + longest + " is shorter than the first " + first);
        }
    }

    /** The same pause every time. */
    public static Backoff steady(Duration pause) {
        return new Backoff(pause, pause);
    }

    /** The pause that follows {@code previous}: twice as long, at most the longest. */
    public Duration after(Duration previous) {
        Duration doubled = previous.multipliedBy(2);
        return doubled.compareTo(longest) > 0 ? longest : doubled;
    }

    /** The pause after the {@code failures}-th failure in a row: the first after one (or none), then as {@link #after}. */
    public Duration afterFailures(int failures) {
        Duration pause = first;
        for (int failure = 1; failure < failures && pause.compareTo(longest) < 0; failure++) {
            pause = after(pause);
        }
        return pause;
    }
}
