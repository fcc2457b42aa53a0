package org.gongjian.stack;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each service gets its whole production configuration, secrets included, from the server's settings and secrets. */
class ServerServiceEnvironmentTest {

    private final ServerSettings settings = ServerSettingsTest.settings();
    private final ServerSecrets secrets = ServerSecretsTest.fresh();
    private final StackConfig config = settings.stackConfig(ProductionRealmTest.REPO, secrets);

    private Map<String, String> env(String service) {
        return ServerService.environment(settings.service(service), settings, secrets, config);
    }

    @Test
    void everyServiceRunsInProductionOnTheLoopbackWithItsOwnDatabaseRole() {
        for (ServiceSpec s : settings.services()) {
            Map<String, String> env = env(s.name());
            assertEquals("127.0.0.1", env.get("QUARKUS_HTTP_HOST"));
            assertEquals("127.0.0.1", env.get("QUARKUS_MANAGEMENT_HOST"));
            assertFalse(env.containsKey("QUARKUS_PROFILE"), "the prod profile");
            assertEquals("http://localhost:8180/realms/gongjian", env.get("QUARKUS_OIDC_AUTH_SERVER_URL"));
            if (s.database() != null) {
                assertEquals(s.database(), env.get("QUARKUS_DATASOURCE_USERNAME"));
                assertEquals(secrets.get("database-password." + s.database()), env.get("QUARKUS_DATASOURCE_PASSWORD"));
                assertNotEquals(secrets.get(ServerSecrets.POSTGRES), env.get("QUARKUS_DATASOURCE_PASSWORD"));
            }
        }
    }

    @Test
    void theSecretsGoWhereTheyAreNeeded() {
        assertEquals(secrets.get(ServerSecrets.RECEIPT_LINK), env("notification-service").get("GONGJIAN_NOTIFICATION_RECEIPTS_LINK_SECRET"));
        assertEquals(secrets.get(ServerSecrets.CALENDAR_FEED), env("activity-service").get("GONGJIAN_ACTIVITY_CALENDAR_FEED_SECRET"));
        assertEquals(secrets.get(ServerSecrets.GATEWAY_CLIENT), env("gateway").get("GONGJIAN_GATEWAY_CLIENT_SECRET"));
        assertFalse(env("registry-service").containsKey("GONGJIAN_GATEWAY_CLIENT_SECRET"));
    }

    @Test
    void mailLeavesThroughTheConfiguredRelayAndLinksPointAtThePublicAddress() {
        Map<String, String> env = env("notification-service");
        assertEquals("smtp.example.org", env.get("QUARKUS_MAILER_HOST"));
        assertEquals("587", env.get("QUARKUS_MAILER_PORT"));
        assertEquals("REQUIRED", env.get("QUARKUS_MAILER_START_TLS"));
        assertEquals("gongjian@example.org", env.get("QUARKUS_MAILER_USERNAME"));
        assertEquals("gongjian@example.org", env.get("GONGJIAN_NOTIFICATION_MAIL_FROM"));
        assertEquals("https://gongjian.example.org", env.get("GONGJIAN_NOTIFICATION_PUBLIC_BASE_URL"));
    }

    @Test
    void theGatewayHonoursForwardedHeadersFromNginxOnly() {
        Map<String, String> env = env("gateway");
        assertEquals("true", env.get("QUARKUS_HTTP_PROXY_PROXY_ADDRESS_FORWARDING"));
        assertEquals("true", env.get("QUARKUS_HTTP_PROXY_ALLOW_X_FORWARDED"));
        assertEquals("true", env.get("QUARKUS_HTTP_PROXY_ENABLE_FORWARDED_HOST"));
        assertEquals("127.0.0.1", env.get("QUARKUS_HTTP_PROXY_TRUSTED_PROXIES"));
        assertEquals("https://gongjian.example.org", env.get("GONGJIAN_GATEWAY_CORS_ORIGINS"));
        assertEquals("http://127.0.0.1:8081", env.get("GONGJIAN_GATEWAY_SERVICES_REGISTRY"));
        assertEquals("https://gongjian.example.org/realms/gongjian/protocol/openid-connect/logout", env.get("QUARKUS_OIDC_END_SESSION_PATH"));
    }

    @Test
    void keycloakGetsItsDatabasePasswordAndThePublicAddressFromItsEnvironment() {
        Map<String, String> env = new ServerKeycloak(config, settings, secrets).environment();
        assertEquals(secrets.get("database-password.keycloak"), env.get("KC_DB_PASSWORD"));
        assertEquals(secrets.get(ServerSecrets.KEYCLOAK_ADMIN), env.get("KC_BOOTSTRAP_ADMIN_PASSWORD"));
        assertEquals("https://gongjian.example.org", env.get("GONGJIAN_PUBLIC_URL"));
        assertEquals("true", env.get("GONGJIAN_SMTP_AUTH"));
        assertTrue(config.realmFile().endsWith(Path.of("deploy/keycloak/gongjian-production-realm.json")));
    }
}
