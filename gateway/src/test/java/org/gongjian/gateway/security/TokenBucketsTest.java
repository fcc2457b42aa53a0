package org.gongjian.gateway.security;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class TokenBucketsTest {

    private static final long SECOND = 1_000_000_000L;

    private final AtomicLong clock = new AtomicLong();
    private final TokenBuckets buckets = new TokenBuckets(2, 3, clock::get);

    @Test
    void aBurstPassesThenTheNextRequestWaits() {
        assertThat(buckets.tryAcquire("zhang")).isZero();
        assertThat(buckets.tryAcquire("zhang")).isZero();
        assertThat(buckets.tryAcquire("zhang")).isZero();
        assertThat(buckets.tryAcquire("zhang")).as("seconds to wait").isEqualTo(1);
    }

    @Test
    void theBucketRefillsAtTheConfiguredRate() {
        for (int i = 0; i < 3; i++) {
            buckets.tryAcquire("li");
        }
        clock.addAndGet(SECOND / 2);
        assertThat(buckets.tryAcquire("li")).isZero();
        assertThat(buckets.tryAcquire("li")).isEqualTo(1);
    }

    @Test
    void usersHaveTheirOwnBuckets() {
        for (int i = 0; i < 3; i++) {
            buckets.tryAcquire("wang");
        }
        assertThat(buckets.tryAcquire("wang")).isPositive();
        assertThat(buckets.tryAcquire("zhao")).isZero();
    }

    @Test
    void idleFullBucketsAreForgotten() {
        buckets.tryAcquire("sun");
        clock.addAndGet(120 * SECOND);
        buckets.tryAcquire("zhou");
        assertThat(buckets.size()).isEqualTo(1);
    }
}
