package org.gongjian.messaging;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

@ConfigMapping(prefix = "gongjian.outbox")
public interface OutboxConfig {

    /** CloudEvents {@code source} of this service's events, e.g. {@code /registry-service}. */
    @WithDefault("/${quarkus.application.name}")
    String source();

    Relay relay();

    /** How long published rows are kept before the cleaner deletes them. */
    @WithDefault("P7D")
    Duration retention();

    /** Readiness turns DOWN when the oldest unpublished event is older than this. */
    @WithDefault("PT10M")
    Duration maxLag();

    interface Relay {

        /** Off only in tests that drive the relay by hand. */
        @WithDefault("true")
        boolean enabled();

        /** The fallback when no commit wakes the relay. */
        @WithDefault("PT1S")
        Duration pollInterval();

        @WithDefault("200")
        int batchSize();

        /** Waits after a failed publish double from the first to the longest. */
        @WithDefault("PT0.5S")
        Duration firstBackoff();

        @WithDefault("PT30S")
        Duration longestBackoff();

        /** How long one send may wait for the broker before the cycle gives up and retries later
         * ({@code max.block.ms} and {@code delivery.timeout.ms} of the relay's producer). */
        @WithDefault("PT10S")
        Duration sendTimeout();
    }
}
