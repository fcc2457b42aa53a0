package org.gongjian.testing;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Signed access tokens shaped like the ones Keycloak issues for the {@code gongjian} realm:
 * {@code realm_access.roles}, {@code district}, {@code org}, audience {@code gongjian-api}.
 *
 * <pre>{@code
 * String token = Tokens.user("admin.zhang").roles("district-admin").district("xiangtan-htz").sign();
 * }</pre>
 */
public final class Tokens {

    private final String username;
    private List<String> roles = List.of();
    private String district;
    private String org;
    private String email;
    private String audience = OidcTestResource.AUDIENCE;
    private Duration lifetime = Duration.ofMinutes(10);
    private Instant issuedAt = Instant.now();
    private boolean forged;

    private Tokens(String username) {
        this.username = Objects.requireNonNull(username);
    }

    public static Tokens user(String username) {
        return new Tokens(username);
    }

    public Tokens roles(String... roles) {
        this.roles = List.of(roles);
        return this;
    }

    public Tokens district(String district) {
        this.district = district;
        return this;
    }

    public Tokens org(Object organizationId) {
        this.org = organizationId == null ? null : organizationId.toString();
        return this;
    }

    public Tokens email(String email) {
        this.email = email;
        return this;
    }

    public Tokens audience(String audience) {
        this.audience = audience;
        return this;
    }

    /** A token that expired an hour ago. */
    public Tokens expired() {
        this.issuedAt = Instant.now().minus(Duration.ofHours(2));
        this.lifetime = Duration.ofHours(1);
        return this;
    }

    /** A token valid for {@code lifetime} from now. */
    public Tokens lifetime(Duration lifetime) {
        this.issuedAt = Instant.now();
        this.lifetime = lifetime;
        return this;
    }

    /** A token signed with a key the issuer never published. */
    public Tokens forged() {
        this.forged = true;
        return this;
    }

    /** The token's subject: stable per username. */
    public static String subjectOf(String username) {
        return UUID.nameUUIDFromBytes(username.getBytes(StandardCharsets.UTF_8)).toString();
    }

    public String sign() {
        JwtClaimsBuilder claims = Jwt.claims()
                .issuer(System.getProperty(OidcTestResource.ISSUER_PROPERTY))
                .subject(subjectOf(username))
                .preferredUserName(username)
                .claim("realm_access", Map.of("roles", roles))
                .issuedAt(issuedAt)
                .expiresAt(issuedAt.plus(lifetime));
        if (audience != null) {
            claims.audience(audience);
        }
        if (district != null) {
            claims.claim("district", district);
        }
        if (org != null) {
            claims.claim("org", org);
        }
        if (email != null) {
            claims.claim("email", email);
        }
        return claims.jws().keyId(OidcTestResource.KEY_ID).sign(forged ? otherKey() : issuerKey());
    }

    /** An {@code Authorization} header value. */
    public String bearer() {
        return "Bearer " + sign();
    }

    private static PrivateKey issuerKey() {
        String encoded = System.getProperty(OidcTestResource.PRIVATE_KEY_PROPERTY);
        if (encoded == null) {
            throw new IllegalStateException("OidcTestResource is not running in this JVM");
        }
        try {
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(encoded)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static PrivateKey otherKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair().getPrivate();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
