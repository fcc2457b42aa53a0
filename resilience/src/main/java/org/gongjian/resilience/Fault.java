package org.gongjian.resilience;

import org.gongjian.stack.LocalStack;

import java.time.Duration;

/**
 * One fault: what breaks ({@link #inject}), for how long the suite lets it last, and what heals it
 * ({@link #heal}, which returns once the broken part is ready again). Its {@link Part} tells the suite what to check
 * besides the ledger.
 */
public record Fault(String name, Part part, Step inject, Step heal) {

    /** The part of the platform a fault takes away. */
    public enum Part {
        /** An instance of a service: the other instance carries on. */
        SERVICE,
        /** An instance of the gateway: the requests in flight on it are left without an answer, as on any server that dies. */
        GATEWAY,
        BROKER,
        DATABASE,
        /** The SMTP server: it keeps mail in memory only, so what it holds is counted before it goes. */
        MAIL_SERVER,
        /** Keycloak: tokens issued before keep working, and a new login must fail cleanly. */
        IDENTITY_PROVIDER,
        /** An enterprise's own system receiving webhooks. */
        WEBHOOK_RECEIVER
    }

    @FunctionalInterface
    public interface Step {
        void on(LocalStack stack);
    }

    /** {@code kill -9} of one instance ({@code gateway-2}, {@code pairing-service}); healed by starting it again. */
    public static Fault kill(String component) {
        Part part = component.startsWith("gateway") ? Part.GATEWAY : Part.SERVICE;
        return new Fault("kill -9 " + component, part, s -> s.kill(component), s -> s.startComponent(component));
    }

    /** A graceful stop (PostgreSQL: a fast shutdown) and a start. */
    public static Fault stop(String label, Part part, String component) {
        return new Fault(label, part, s -> s.stopComponent(component), s -> s.startComponent(component));
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
