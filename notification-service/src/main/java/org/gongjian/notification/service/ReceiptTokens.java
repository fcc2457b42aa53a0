package org.gongjian.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.gongjian.notification.config.NotificationConfig;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/**
 * Acknowledgement links that need no login: {@code base64url(notice id ‖ expiry seconds) + "." +
 * base64url(HMAC-SHA256(secret, that first part))}. A changed byte fails the signature; an old link has expired.
 */
@ApplicationScoped
public class ReceiptTokens {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final byte[] secret;

    ReceiptTokens(NotificationConfig config) {
        this.secret = config.receipts().linkSecret().getBytes(StandardCharsets.UTF_8);
    }

    public String sign(UUID noticeId, Instant expiresAt) {
        ByteBuffer buffer = ByteBuffer.allocate(24);
        buffer.putLong(noticeId.getMostSignificantBits()).putLong(noticeId.getLeastSignificantBits())
                .putLong(expiresAt.getEpochSecond());
        String payload = ENCODER.encodeToString(buffer.array());
        return payload + "." + ENCODER.encodeToString(hmac(payload));
    }

    /** @throws InvalidToken when the token was not signed here */
    public Verified verify(String token) {
        int dot = token == null ? -1 : token.indexOf('.');
        if (dot < 0) {
            throw new InvalidToken();
        }
        String payload = token.substring(0, dot);
        try {
            byte[] signature = DECODER.decode(token.substring(dot + 1));
            byte[] data = DECODER.decode(payload);
            if (!MessageDigest.isEqual(signature, hmac(payload)) || data.length != 24) {
                throw new InvalidToken();
            }
            ByteBuffer buffer = ByteBuffer.wrap(data);
            return new Verified(new UUID(buffer.getLong(), buffer.getLong()), Instant.ofEpochSecond(buffer.getLong()));
        } catch (IllegalArgumentException e) {
            throw new InvalidToken();
        }
    }

    private byte[] hmac(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac.doFinal(payload.getBytes(StandardCharsets.US_ASCII));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public record Verified(UUID noticeId, Instant expiresAt) {
        public boolean expiredAt(Instant now) {
            return !expiresAt.isAfter(now);
        }
    }

    /** A token that this service did not sign, or that was changed. */
    public static class InvalidToken extends RuntimeException {
        InvalidToken() {
            super("invalid receipt token");
        }
    }
}
