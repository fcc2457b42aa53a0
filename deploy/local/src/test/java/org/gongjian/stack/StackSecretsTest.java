package org.gongjian.stack;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The stack makes its own secrets at its first start, keeps them owner-only in its data directory, gives each service
 * the one it needs, and points its readiness checks at the management interface.
 */
class StackSecretsTest {

    @Test
    void secretsAreGeneratedOnceOwnerOnlyAndKept(@TempDir Path base) throws Exception {
        StackSecrets first = StackSecrets.of(base);
        Path file = base.resolve(StackSecrets.FILE);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        Set<String> values = Set.of(first.receiptLinkSecret(), first.calendarFeedSecret(), first.gatewayClientSecret(),
                first.keycloakAdminPassword());
        assertEquals(4, values.size(), "four different secrets");
        values.forEach(v -> assertTrue(v.length() >= 43, v));

        StackSecrets again = StackSecrets.of(base);
        assertEquals(first.receiptLinkSecret(), again.receiptLinkSecret());
        assertEquals(first.gatewayClientSecret(), again.gatewayClientSecret());

        StackSecrets elsewhere = StackSecrets.of(Files.createDirectory(base.resolve("other")));
        assertNotEquals(first.receiptLinkSecret(), elsewhere.receiptLinkSecret());
        assertFalse(Files.readString(file).contains("DEV-ONLY"));
    }

    @Test
    void keycloaksAdministratorGetsAGeneratedPasswordUnlessAnEarlierStackHasOne(@TempDir Path base) throws Exception {
        StackConfig config = StackConfig.forTests(Path.of("../..").toAbsolutePath().normalize(), base).toBuilder()
                .keycloakAdmin("admin", null).build();
        String password = config.keycloakAdminPassword();
        assertTrue(password.length() >= 43, password);
        assertNotEquals("admin", password);
        assertEquals(password, StackSecrets.of(base).keycloakAdminPassword(), "kept in the stack's secrets");
        assertFalse(Summary.render(LocalStack.of(config)).contains(password), "the summary says where, not what");
        assertTrue(Summary.render(LocalStack.of(config)).contains(StackSecrets.KEYCLOAK_ADMIN + " in " + base.resolve(StackSecrets.FILE)));

        Path earlier = Files.createDirectories(base.resolve("earlier"));
        Files.createDirectories(earlier.resolve("keycloak/data/h2"));
        assertEquals(StackSecrets.EARLIER_KEYCLOAK_ADMIN_PASSWORD, StackSecrets.of(earlier).keycloakAdminPassword(),
                "Keycloak made its administrator at its first start and keeps that password");

        StackConfig given = config.toBuilder().keycloakAdmin("admin", "chosen-by-the-operator").build();
        assertEquals("chosen-by-the-operator", given.keycloakAdminPassword());
    }

    @Test
    void eachServiceGetsItsSecretAndItsManagementPort(@TempDir Path base) {
        StackConfig config = StackConfig.forTests(Path.of("../..").toAbsolutePath().normalize(), base);
        StackSecrets secrets = StackSecrets.of(base);
        Map<String, String> notification = new QuarkusService(config.service("notification-service"), config).environment();
        assertEquals(secrets.receiptLinkSecret(), notification.get("GONGJIAN_NOTIFICATION_RECEIPTS_LINK_SECRET"));
        assertEquals(Integer.toString(config.service("notification-service").managementPort()),
                notification.get("QUARKUS_MANAGEMENT_PORT"));
        Map<String, String> activity = new QuarkusService(config.service("activity-service"), config).environment();
        assertEquals(secrets.calendarFeedSecret(), activity.get("GONGJIAN_ACTIVITY_CALENDAR_FEED_SECRET"));
        Map<String, String> gateway = new QuarkusService(config.service("gateway"), config).environment();
        assertEquals(secrets.gatewayClientSecret(), gateway.get("GONGJIAN_GATEWAY_CLIENT_SECRET"));
        Map<String, String> registryEnv = new QuarkusService(config.service("registry-service"), config).environment();
        assertEquals(secrets.accountsClientSecret(), registryEnv.get("GONGJIAN_REGISTRY_ACCOUNTS_CLIENT_SECRET"));
        assertFalse(gateway.containsKey("GONGJIAN_REGISTRY_ACCOUNTS_CLIENT_SECRET"));
        assertFalse(gateway.containsKey("GONGJIAN_NOTIFICATION_RECEIPTS_LINK_SECRET"));
        assertFalse(gateway.containsKey("QUARKUS_HTTP_HOST"), "services stay on 127.0.0.1 (their %local profile)");

        StackConfig fixed = StackConfig.builder(Path.of("../..")).baseDir(base).build();
        QuarkusService registry = new QuarkusService(fixed.service("registry-service"), fixed);
        assertFalse(registry.environment().containsKey("QUARKUS_MANAGEMENT_PORT"));
        assertEquals("http://localhost:9081", registry.managementEndpoint());
    }
}
