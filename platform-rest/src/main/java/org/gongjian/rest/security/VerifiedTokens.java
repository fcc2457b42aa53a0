package org.gongjian.rest.security;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Access tokens already verified, by their exact text, each until its own {@code exp} and never longer. A token that
 * differs in any character (a tampered payload or signature) is another key, so it is verified in full. Bounded:
 * when full, expired entries go first, then all of them (they are only verified again).
 *
 * @param <T> what the verification produced
 */
public final class VerifiedTokens<T> {

    private final int capacity;
    private final LongSupplier epochSeconds;
    private final Map<String, Verified<T>> verified = new ConcurrentHashMap<>();

    public VerifiedTokens(int capacity, LongSupplier epochSeconds) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1");
        }
        this.capacity = capacity;
        this.epochSeconds = epochSeconds;
    }

    /** What verifying {@code token} produced, while the token has not expired; otherwise null. */
    public T get(String token) {
        Verified<T> entry = verified.get(token);
        if (entry == null) {
            return null;
        }
        if (epochSeconds.getAsLong() >= entry.expiresAt()) {
            verified.remove(token, entry);
            return null;
        }
        return entry.value();
    }

    /** Remembers a verified token until {@code expiresAt} (its {@code exp}, epoch seconds); an expired one is not kept. */
    public void put(String token, T value, long expiresAt) {
        long now = epochSeconds.getAsLong();
        if (expiresAt <= now) {
            return;
        }
        if (verified.size() >= capacity) {
            verified.values().removeIf(entry -> entry.expiresAt() <= now);
            if (verified.size() >= capacity) {
                verified.clear();
            }
        }
        verified.put(token, new Verified<>(value, expiresAt));
    }

    public int size() {
        return verified.size();
    }

    private record Verified<T>(T value, long expiresAt) {
    }
}
