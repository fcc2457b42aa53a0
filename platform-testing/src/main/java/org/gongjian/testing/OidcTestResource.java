package org.gongjian.testing;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;
import java.util.Map;

/**
 * A real OIDC issuer for service tests: an RSA key pair, a discovery document and a JWKS served over HTTP on
 * a free port. Services verify tokens with the real quarkus-oidc code; {@link Tokens} signs them with the
 * private key. The key lives only in this JVM.
 */
public class OidcTestResource implements QuarkusTestResourceLifecycleManager {

    static final String ISSUER_PROPERTY = "gongjian.test.oidc.issuer";
    static final String PRIVATE_KEY_PROPERTY = "gongjian.test.oidc.private-key";
    static final String KEY_ID = "gongjian-test-key";
    public static final String AUDIENCE = "gongjian-api";

    private HttpServer server;

    @Override
    public Map<String, String> start() {
        KeyPair keys = generateKeys();
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String issuer = "http://127.0.0.1:" + server.getAddress().getPort() + "/realms/gongjian";
        String jwksPath = "/realms/gongjian/protocol/openid-connect/certs";
        serve("/realms/gongjian/.well-known/openid-configuration", """
                {"issuer":"%s","jwks_uri":"%s%s","token_endpoint":"%s/protocol/openid-connect/token",\
                "authorization_endpoint":"%s/protocol/openid-connect/auth",\
                "id_token_signing_alg_values_supported":["RS256"]}"""
                .formatted(issuer, "http://127.0.0.1:" + server.getAddress().getPort(), jwksPath, issuer, issuer));
        serve(jwksPath, jwks((RSAPublicKey) keys.getPublic()));
        server.start();

        System.setProperty(ISSUER_PROPERTY, issuer);
        System.setProperty(PRIVATE_KEY_PROPERTY, Base64.getEncoder().encodeToString(keys.getPrivate().getEncoded()));
        return Map.of(
                "quarkus.oidc.auth-server-url", issuer,
                "quarkus.oidc.token.audience", AUDIENCE);
    }

    private void serve(String path, String json) {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        server.createContext(path, exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
    }

    private static String jwks(RSAPublicKey key) {
        return """
                {"keys":[{"kty":"RSA","use":"sig","alg":"RS256","kid":"%s","n":"%s","e":"%s"}]}"""
                .formatted(KEY_ID, base64Url(key.getModulus()), base64Url(key.getPublicExponent()));
    }

    private static String base64Url(BigInteger value) {
        byte[] bytes = value.toByteArray();
        if (bytes.length > 1 && bytes[0] == 0) {
            byte[] unsigned = new byte[bytes.length - 1];
            System.arraycopy(bytes, 1, unsigned, 0, unsigned.length);
            bytes = unsigned;
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static KeyPair generateKeys() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
