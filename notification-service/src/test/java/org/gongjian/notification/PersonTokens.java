package org.gongjian.notification;

import io.smallrye.jwt.build.Jwt;

import java.security.KeyFactory;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Tokens with an {@code email} claim, as Keycloak issues them; platform-testing's {@code Tokens} has no e-mail yet.
 * Signed by the same test issuer (its key and issuer are published as system properties by OidcTestResource).
 */
public final class PersonTokens {

    private PersonTokens() {
    }

    public static String bearer(String username, String role, String district, UUID organizationId, String email) {
        try {
            var key = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(
                    Base64.getDecoder().decode(System.getProperty("gongjian.test.oidc.private-key"))));
            Instant now = Instant.now();
            var claims = Jwt.claims()
                    .issuer(System.getProperty("gongjian.test.oidc.issuer"))
                    .subject(UUID.nameUUIDFromBytes(username.getBytes()).toString())
                    .preferredUserName(username)
                    .audience("gongjian-api")
                    .claim("realm_access", Map.of("roles", List.of(role)))
                    .claim("district", district)
                    .claim("org", organizationId.toString())
                    .issuedAt(now)
                    .expiresAt(now.plusSeconds(600));
            if (email != null) {
                claims.claim("email", email);
            }
            return "Bearer " + claims.jws().keyId("gongjian-test-key").sign(key);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
