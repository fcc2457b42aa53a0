package org.gongjian.gateway.security;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * In-memory token buckets, one per key: {@code burst} requests at once, refilled at {@code ratePerSecond}.
 * Buckets that have been full for a minute are dropped so that memory follows the active users, not all users.
 */
public final class TokenBuckets {

    private static final long IDLE_NANOS = 60_000_000_000L;

    private final double ratePerNano;
    private final double capacity;
    private final LongSupplier clock;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private volatile long lastSweep;

    public TokenBuckets(double ratePerSecond, int burst, LongSupplier nanoClock) {
        if (ratePerSecond <= 0 || burst < 1) {
            throw new IllegalArgumentException("rate must be positive and burst at least 1");
        }
        this.ratePerNano = ratePerSecond / 1_000_000_000d;
        this.capacity = burst;
        this.clock = nanoClock;
        this.lastSweep = nanoClock.getAsLong();
    }

    /** 0 when the request may pass (and a token was taken); otherwise the whole seconds until one is available. */
    public long tryAcquire(String key) {
        long now = clock.getAsLong();
        sweep(now);
        Bucket bucket = buckets.computeIfAbsent(key, ignored -> new Bucket(capacity, now));
        synchronized (bucket) {
            bucket.refill(now, ratePerNano, capacity);
            if (bucket.tokens >= 1) {
                bucket.tokens -= 1;
                return 0;
            }
            double missingNanos = (1 - bucket.tokens) / ratePerNano;
            return Math.max(1, (long) Math.ceil(missingNanos / 1_000_000_000d));
        }
    }

    int size() {
        return buckets.size();
    }

    private void sweep(long now) {
        if (now - lastSweep < IDLE_NANOS) {
            return;
        }
        lastSweep = now;
        buckets.entrySet().removeIf(entry -> {
            Bucket bucket = entry.getValue();
            synchronized (bucket) {
                boolean idle = now - bucket.updatedAt > IDLE_NANOS;
                bucket.refill(now, ratePerNano, capacity);
                return idle && bucket.tokens >= capacity;
            }
        });
    }

    private static final class Bucket {
        private double tokens;
        private long updatedAt;

        private Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.updatedAt = now;
        }

        private void refill(long now, double ratePerNano, double capacity) {
            if (now > updatedAt) {
                tokens = Math.min(capacity, tokens + (now - updatedAt) * ratePerNano);
                updatedAt = now;
            }
        }
    }
}
