package org.gongjian.rest.security;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VerifiedTokensTest {

    private final AtomicLong now = new AtomicLong(1_000);
    private final VerifiedTokens<String> tokens = new VerifiedTokens<>(3, now::get);

    @Test
    void aVerifiedTokenIsKnownUntilItsExpiryAndNotASecondLonger() {
        tokens.put("header.payload.signature", "zhang", 1_060);
        now.set(1_059);
        assertThat(tokens.get("header.payload.signature")).isEqualTo("zhang");
        now.set(1_060);
        assertThat(tokens.get("header.payload.signature")).isNull();
        assertThat(tokens.size()).isZero();
    }

    @Test
    void aTokenDifferingInAnyCharacterIsNotKnown() {
        tokens.put("header.payload.signature", "zhang", 1_060);
        assertThat(tokens.get("header.payload.signaturf")).isNull();
        assertThat(tokens.get("header.paylOad.signature")).isNull();
        assertThat(tokens.get("header.payload.signature ")).isNull();
    }

    @Test
    void anExpiredTokenIsNotRemembered() {
        tokens.put("late", "wang", 1_000);
        tokens.put("later", "wang", 999);
        assertThat(tokens.size()).isZero();
    }

    @Test
    void aFullCacheDropsExpiredEntriesFirstThenEverything() {
        tokens.put("a", "1", 1_010);
        tokens.put("b", "2", 1_100);
        tokens.put("c", "3", 1_100);
        now.set(1_020);
        tokens.put("d", "4", 1_100);
        assertThat(tokens.size()).isEqualTo(3);
        assertThat(tokens.get("b")).isEqualTo("2");
        tokens.put("e", "5", 1_100);
        assertThat(tokens.size()).isEqualTo(1);
        assertThat(tokens.get("e")).isEqualTo("5");
        assertThat(tokens.get("b")).isNull();
    }

    @Test
    void capacityIsAtLeastOne() {
        assertThatThrownBy(() -> new VerifiedTokens<String>(0, now::get)).isInstanceOf(IllegalArgumentException.class);
    }
}
