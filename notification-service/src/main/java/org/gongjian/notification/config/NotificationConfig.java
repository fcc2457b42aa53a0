package org.gongjian.notification.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import org.gongjian.rest.config.ProductionSecret;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code gongjian.notification.*}: links, secrets, schedules, the webhook retry policy and the daily digest. */
@ConfigMapping(prefix = "gongjian.notification")
public interface NotificationConfig {

    /** Where people reach this service from an e-mail, e.g. {@code https://gongjian.example.org}. */
    @WithDefault("http://localhost:8080")
    String publicBaseUrl();

    /** Sender of every e-mail. */
    @WithDefault("gongjian@localhost")
    String mailFrom();

    Receipts receipts();

    Reminders reminders();

    Dispatch dispatch();

    Webhooks webhooks();

    Digest digest();

    interface Digest {
        /** Local time of day (in the district's zone) from which the day's digest is sent, e.g. {@code 08:00}. */
        @WithDefault("08:00")
        LocalTime time();

        /** The zone of a district not named in {@link #districtZones()}. */
        @WithDefault("Asia/Shanghai")
        ZoneId zone();

        /** Zones of districts elsewhere: {@code gongjian.notification.digest.district-zones.<district>=Asia/Urumqi}. */
        Map<String, ZoneId> districtZones();

        /** How often the digest job looks whether a district's digest is due (a Quarkus scheduler period). */
        @WithDefault("1m")
        String interval();

        default ZoneId zoneOf(String district) {
            return districtZones().getOrDefault(district, zone());
        }
    }

    interface Receipts {
        /**
         * HMAC key of the acknowledgement links in e-mails ({@code GONGJIAN_NOTIFICATION_RECEIPTS_LINK_SECRET}): no
         * default outside dev and test; the service does not start without a random value of 32+ characters.
         */
        @ProductionSecret
        String linkSecret();

        /** How long an acknowledgement link works from the moment it is issued; the server's rule, not the link's. */
        @WithDefault("P14D")
        Duration linkLifetime();

        /** Unacknowledged pairing notices are reminded once after this long. */
        @WithDefault("P3D")
        Duration remindAfter();
    }

    interface Reminders {
        /** How often the reminder jobs run (a Quarkus scheduler period, e.g. {@code 1m}). */
        @WithDefault("1m")
        String interval();

        /** How long before an activity starts its participants are reminded. */
        @WithDefault("PT24H")
        Duration beforeActivity();
    }

    interface Dispatch {
        /** How often the dispatcher looks for due deliveries (a Quarkus scheduler period, e.g. {@code 2s}). */
        @WithDefault("2s")
        String interval();

        /** Deliveries claimed per round of the dispatcher; a round's e-mails are sent side by side. */
        @WithDefault("200")
        int batchSize();

        /** A delivery left SENDING this long (an instance died mid-send) is tried again. */
        @WithDefault("PT5M")
        Duration stuckAfter();

        /** First retry delay of an e-mail that the SMTP server refused. */
        @WithDefault("PT1M")
        Duration mailRetry();

        /** E-mail attempts before a delivery is given up (DEAD). */
        @WithDefault("8")
        int mailAttempts();
    }

    interface Webhooks {
        /** First retry delay; doubled after each failure up to {@link #longestBackoff()}. */
        @WithDefault("PT30S")
        Duration firstBackoff();

        @WithDefault("PT1H")
        Duration longestBackoff();

        /** A delivery still failing this long after its first attempt is given up. */
        @WithDefault("PT24H")
        Duration giveUpAfter();

        /** Consecutive failed attempts after which an endpoint is disabled and its organization told. */
        @WithDefault("20")
        int disableAfterFailures();

        /** An endpoint failing without a success for this long is disabled too. */
        @WithDefault("PT24H")
        Duration disableAfter();

        @WithDefault("PT10S")
        Duration timeout();

        /**
         * Targets an operator allows although they are not public addresses (by default every loopback, link-local,
         * private, unique-local, unspecified and multicast address is refused): host names or IP literals, matched
         * against the URL's host as written, and CIDR ranges ({@code 10.20.0.0/16}), matched against the addresses
         * the host resolves to.
         */
        Optional<List<String>> allowedTargets();
    }
}
