package org.gongjian.stack;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ServerSecretsTest {

    static ServerSecrets fresh() {
        try {
            return ServerSecrets.ensure(Files.createTempDirectory("gongjian-secrets-").resolve("secrets.properties"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void everySecretIsGeneratedIntoAFileOnlyItsOwnerReads(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("etc/secrets.properties");
        ServerSecrets secrets = ServerSecrets.ensure(file);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        Set<String> values = new HashSet<>();
        for (String key : ServerSecrets.generatedKeys()) {
            String v = secrets.get(key);
            assertEquals(43, v.length(), key);
            // what @ProductionSecret accepts: 32+ characters, no development marker
            assertFalse(v.toLowerCase(Locale.ROOT).startsWith("dev-only") || v.toLowerCase(Locale.ROOT).startsWith("change-me"));
            values.add(v);
        }
        assertEquals(ServerSecrets.generatedKeys().size(), values.size(), "every secret is its own");
        assertTrue(ServerSecrets.generatedKeys().containsAll(java.util.List.of("database-password.registry",
                "database-password.keycloak", "postgres-password", "receipt-link-secret", "calendar-feed-secret",
                "gateway-client-secret", "machine-client-secret", "keycloak-admin-password")));
        assertEquals("", secrets.get(ServerSecrets.SMTP_PASSWORD), "the relay's password is the administrator's to add");
    }

    @Test
    void aSecondInstallKeepsTheSecretsAndFillsOnlyWhatIsMissing(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("secrets.properties");
        String receipt = ServerSecrets.ensure(file).get(ServerSecrets.RECEIPT_LINK);
        String text = Files.readString(file).replaceAll("(?m)^machine-client-secret=.*$", "");
        Files.writeString(file, text);
        ServerSecrets again = ServerSecrets.ensure(file);
        assertEquals(receipt, again.get(ServerSecrets.RECEIPT_LINK));
        assertEquals(43, again.get(ServerSecrets.MACHINE_CLIENT).length());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }
}
