package org.gongjian.stack;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ServerSettingsTest {

    static Properties example() {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(ProductionRealmTest.REPO.resolve("deploy/server/server.properties.example"))) {
            p.load(in);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return p;
    }

    static ServerSettings settings() {
        return ServerSettings.from(example());
    }

    @Test
    void theExampleDescribesAWorkingServer() {
        ServerSettings s = settings();
        assertEquals("https://gongjian.example.org", s.publicAddress());
        assertEquals("gongjian.example.org", s.hostName());
        assertEquals(587, s.smtp().port());
        assertTrue(s.smtp().authenticated() && s.smtp().startTls());
        assertEquals(8080, s.service("gateway").port());
        assertEquals(9084, s.service("notification-service").managementPort());
        assertEquals("02:30", s.backupTime());
    }

    @Test
    void thePublicAddressIsHttpsWithoutAPath() {
        for (String bad : new String[]{"http://gongjian.example.org", "https://gongjian.example.org/", "https://x.org/app"}) {
            Properties p = example();
            p.setProperty("public-url", bad);
            StackException e = assertThrows(StackException.class, () -> ServerSettings.from(p), bad);
            assertTrue(e.getMessage().contains("public-url"), e.getMessage());
        }
    }

    @Test
    void aMissingRelayIsNamed() {
        Properties p = example();
        p.remove("smtp.host");
        StackException e = assertThrows(StackException.class, () -> ServerSettings.from(p));
        assertTrue(e.getMessage().contains("smtp.host"), e.getMessage());
    }
}
