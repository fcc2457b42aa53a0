package org.gongjian.resilience;

import org.gongjian.stack.LocalStack;

import java.time.Duration;

/**
 * One fault: what breaks ({@link #inject}), for how long the suite lets it last, and what heals it
 * ({@link #heal}, which returns once the broken part is ready again).
 */
public record Fault(String name, Step inject, Step heal) {

    @FunctionalInterface
    public interface Step {
        void on(LocalStack stack);
    }

    /** {@code kill -9} of one instance; healed by starting it again. */
    public static Fault kill(String component) {
        return new Fault("kill -9 " + component, s -> s.kill(component), s -> s.startComponent(component));
    }

    /** A graceful stop (PostgreSQL: a fast shutdown) and a start. */
    public static Fault stop(String label, String component) {
        return new Fault(label, s -> s.stopComponent(component), s -> s.startComponent(component));
    }

    /** Hold the fault for {@code d} under load before healing it. */
    static void hold(Duration d) {
        try {
            Thread.sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
