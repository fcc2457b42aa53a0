package org.gongjian.e2e.support;

import org.awaitility.Awaitility;
import org.awaitility.core.ThrowingRunnable;

import java.time.Duration;
import java.util.Arrays;
import java.util.function.Supplier;

/**
 * The services learn of each other's changes through Kafka, a moment later: a request that depends on another
 * service's event is repeated until it succeeds, within a bound.
 */
public final class Eventually {

    /** How long one service may take to learn of another's change (generous for a loaded 2-core CI machine). */
    public static final Duration PROPAGATION = Duration.ofSeconds(90);

    private Eventually() {
    }

    /** Repeats {@code request} until it answers one of {@code expected}; fails with the last answer otherwise. */
    public static Reply answers(Supplier<Reply> request, int... expected) {
        long deadline = System.nanoTime() + PROPAGATION.toNanos();
        Reply last;
        while (true) {
            last = request.get();
            int status = last.status();
            if (Arrays.stream(expected).anyMatch(s -> s == status)) {
                return last;
            }
            if (System.nanoTime() > deadline) {
                return last.expect(expected);
            }
            sleep(Duration.ofMillis(500));
        }
    }

    /** Repeats {@code assertion} until it holds. */
    public static void holds(ThrowingRunnable assertion) {
        Awaitility.await().atMost(PROPAGATION).pollInterval(Duration.ofMillis(700)).ignoreExceptions()
                .untilAsserted(assertion);
    }

    public static void sleep(Duration d) {
        try {
            Thread.sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
