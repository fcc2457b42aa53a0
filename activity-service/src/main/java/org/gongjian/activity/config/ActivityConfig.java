package org.gongjian.activity.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import org.gongjian.rest.config.ProductionSecret;

import java.time.ZoneId;

@ConfigMapping(prefix = "gongjian.activity")
public interface ActivityConfig {

    /** The zone in which days, months and cadence periods are counted. */
    @WithDefault("Asia/Shanghai")
    ZoneId zone();

    Photos photos();

    Calendar calendar();

    Cadence cadence();

    interface Cadence {
        /** How often the cadence check runs ({@code off} disables it, as in tests that drive it themselves). */
        @WithDefault("1h")
        String every();
    }

    interface Photos {
        /** Largest photo accepted, in bytes (10 MB). */
        @WithDefault("10485760")
        long maxBytes();

        @WithDefault("30")
        int maxPerActivity();

        /** Longest side of a thumbnail, in pixels. */
        @WithDefault("320")
        int thumbnailSize();
    }

    interface Calendar {
        /**
         * The secret that signs per-organization calendar feed tokens (HMAC-SHA256), env
         * {@code GONGJIAN_ACTIVITY_CALENDAR_FEED_SECRET}: no default outside dev and test; the service does not start
         * without a random value of 32+ characters.
         */
        @ProductionSecret
        String feedSecret();
    }
}
