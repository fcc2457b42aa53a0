package org.gongjian.e2e.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.Base64;

/** Reading a token's claims, and making forged tokens for the walls. */
public final class Jwts {

    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private Jwts() {
    }

    public static JsonNode header(String jwt) {
        return Json.read(new String(DECODER.decode(jwt.split("\\.")[0]), StandardCharsets.UTF_8));
    }

    public static JsonNode claims(String jwt) {
        return Json.read(new String(DECODER.decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8));
    }

    /**
     * The same header (key id included) and claims as a real token, signed with a key Keycloak never had: it looks
     * like the real thing to anyone who does not check the signature.
     */
    public static String resignedWithAnotherKey(String realJwt) {
        return sign(header(realJwt), (ObjectNode) claims(realJwt));
    }

    /** A real token's claims with a changed claim, re-signed with another key (e.g. a forged role). */
    public static String forgedWith(String realJwt, String claim, JsonNode value) {
        ObjectNode claims = (ObjectNode) claims(realJwt);
        claims.set(claim, value);
        return sign(header(realJwt), claims);
    }

    private static String sign(JsonNode header, ObjectNode claims) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair keys = generator.generateKeyPair();
            String signingInput = ENCODER.encodeToString(Json.write(header).getBytes(StandardCharsets.UTF_8)) + "."
                    + ENCODER.encodeToString(Json.write(claims).getBytes(StandardCharsets.UTF_8));
            Signature rs256 = Signature.getInstance("SHA256withRSA");
            rs256.initSign(keys.getPrivate());
            rs256.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + ENCODER.encodeToString(rs256.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
