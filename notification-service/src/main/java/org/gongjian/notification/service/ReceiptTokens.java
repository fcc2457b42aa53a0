package org.gongjian.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.gongjian.notification.config.NotificationConfig;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/**
 * Acknowledgement links that need no login: {@code base64url(notice id ‖ issued-at seconds) + "." +
 * base64url(HMAC-SHA256(secret, "receipt-v2." + first part + "." + recipient key))}. The signature binds the link to
 * the notice and to its recipient, so it can only be checked against the notice it names; the link carries when it
 * was issued, and how long it works is the server's {@code receipts.link-lifetime}.
 */
@ApplicationScoped
public class ReceiptTokens {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    private static final int PAYLOAD_BYTES = 24;

    private final byte[] secret;

    ReceiptTokens(NotificationConfig config) {
        this.secret = config.receipts().linkSecret().getBytes(StandardCharsets.UTF_8);
    }

    public String sign(UUID noticeId, String recipientKey, Instant issuedAt) {
        ByteBuffer buffer = ByteBuffer.allocate(PAYLOAD_BYTES);
        buffer.putLong(noticeId.getMostSignificantBits()).putLong(noticeId.getLeastSignificantBits())
                .putLong(issuedAt.getEpochSecond());
        String payload = ENCODER.encodeToString(buffer.array());
        return payload + "." + ENCODER.encodeToString(hmac(payload, recipientKey));
    }

    /**
     * What a token claims, not yet checked: its signature can be checked only against the recipient of the notice
     * it names ({@link Claimed#signedFor(String)}).
     *
     * @throws InvalidToken when the token is not in the shape this service issues
     */
    public Claimed read(String token) {
        int dot = token == null ? -1 : token.indexOf('.');
        if (dot < 0) {
            throw new InvalidToken();
        }
        String payload = token.substring(0, dot);
        try {
            byte[] signature = DECODER.decode(token.substring(dot + 1));
            byte[] data = DECODER.decode(payload);
            if (data.length != PAYLOAD_BYTES) {
                throw new InvalidToken();
            }
            ByteBuffer buffer = ByteBuffer.wrap(data);
            return new Claimed(new UUID(buffer.getLong(), buffer.getLong()), Instant.ofEpochSecond(buffer.getLong()),
                    payload, signature);
        } catch (IllegalArgumentException | DateTimeException e) {
            // DateTimeException: an issue time beyond any instant (a forged payload)
            throw new InvalidToken();
        }
    }

    private byte[] hmac(String payload, String recipientKey) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac.doFinal(("receipt-v2." + payload + "." + recipientKey).getBytes(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A token's claims: the notice it names and when it says it was issued. */
    public final class Claimed {
        private final UUID noticeId;
        private final Instant issuedAt;
        private final String payload;
        private final byte[] signature;

        private Claimed(UUID noticeId, Instant issuedAt, String payload, byte[] signature) {
            this.noticeId = noticeId;
            this.issuedAt = issuedAt;
            this.payload = payload;
            this.signature = signature;
        }

        public UUID noticeId() {
            return noticeId;
        }

        public Instant issuedAt() {
            return issuedAt;
        }

        /** Whether this service signed the token for exactly this recipient of the notice. */
        public boolean signedFor(String recipientKey) {
            return recipientKey != null && MessageDigest.isEqual(signature, hmac(payload, recipientKey));
        }
    }

    /** A token that is not in the shape this service issues. */
    public static class InvalidToken extends RuntimeException {
        InvalidToken() {
            super("invalid receipt token");
        }
    }
}
