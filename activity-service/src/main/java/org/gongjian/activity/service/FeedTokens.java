package org.gongjian.activity.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.gongjian.activity.config.ActivityConfig;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/**
 * Calendar feed tokens: HMAC-SHA256 of the organization id with a configured secret, URL-safe Base64. Phone calendars
 * cannot send bearer tokens, so the subscription URL carries one; rotating the secret revokes every feed.
 */
@ApplicationScoped
public class FeedTokens {

    private final Optional<String> secret;

    FeedTokens(ActivityConfig config) {
        this.secret = Optional.of(config.calendar().feedSecret());
    }

    public Optional<String> issue(UUID organizationId) {
        return secret.map(key -> sign(key, organizationId));
    }

    public boolean verify(UUID organizationId, String token) {
        if (token == null || secret.isEmpty()) {
            return false;
        }
        return MessageDigest.isEqual(sign(secret.get(), organizationId).getBytes(StandardCharsets.US_ASCII),
                token.getBytes(StandardCharsets.US_ASCII));
    }

    private static String sign(String key, UUID organizationId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal(("calendar:" + organizationId).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
