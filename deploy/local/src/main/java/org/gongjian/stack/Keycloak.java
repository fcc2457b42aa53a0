package org.gongjian.stack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Keycloak in development mode ({@code kc.sh start-dev}) with the {@code gongjian} realm imported on the first
 * start. Keycloak keeps its data (H2) under its home directory, so every stack gets its own home in
 * {@code <base>/keycloak}: a copy of {@code bin/kc.sh} and symbolic links to the downloaded distribution's
 * {@code lib}, {@code conf}, {@code providers} and {@code themes}. The distribution's build (the slow first
 * start) is shared by all homes.
 */
final class Keycloak extends Component {

    static final String NAME = "keycloak";
    static final String VERSION_DIR_PREFIX = "keycloak-";

    Keycloak(StackConfig config) {
        super(NAME, config);
    }

    @Override
    int port() {
        return config.keycloakPort();
    }

    @Override
    String endpoint() {
        return config.keycloakUrl();
    }

    @Override
    Duration startTimeout() {
        return config.keycloakTimeout();
    }

    Path distribution() {
        try (var dirs = Files.list(config.distDir())) {
            return dirs.filter(d -> d.getFileName().toString().startsWith(VERSION_DIR_PREFIX))
                    .filter(d -> Files.isRegularFile(d.resolve("bin/kc.sh")))
                    .findFirst()
                    .orElseThrow(() -> new StackException("Keycloak not downloaded into " + config.distDir()
                            + ". Build the launcher first."));
        } catch (IOException e) {
            throw new StackException("Keycloak not downloaded: " + config.distDir() + " is unreadable. Build the launcher first.", e);
        }
    }

    Path home() {
        return config.dataDir(NAME);
    }

    @Override
    protected void launch() {
        Path dist = distribution();
        Path home = home();
        try {
            Files.createDirectories(home.resolve("bin"));
            Files.createDirectories(home.resolve("data/import"));
            Files.copy(dist.resolve("bin/kc.sh"), home.resolve("bin/kc.sh"), StandardCopyOption.REPLACE_EXISTING);
            for (String shared : List.of("lib", "conf", "providers", "themes")) {
                link(home.resolve(shared), dist.resolve(shared));
            }
            try (InputStream realm = realmJson(config)) {
                Files.copy(realm, home.resolve("data/import/gongjian-realm.json"), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the Keycloak home " + home, e);
        }
        List<String> command = List.of("/bin/sh", home.resolve("bin/kc.sh").toString(), "start-dev",
                "--http-port=" + port(),
                "--http-host=" + StackConfig.LOOPBACK, // like every service of the stack: only this machine reaches it
                "--hostname=" + config.keycloakUrl(),
                "--import-realm");
        Map<String, String> env = Map.of(
                "JAVA_HOME", config.javaHome().toString(),
                "KC_BOOTSTRAP_ADMIN_USERNAME", config.keycloakAdmin(),
                "KC_BOOTSTRAP_ADMIN_PASSWORD", config.keycloakAdminPassword());
        Processes.writePidFile(pidFile(), Processes.spawnDetached(command, home, logFile(), env));
    }

    /** The realm to import: {@code StackConfig.realmFile()}, else the checkout's file, else the copy in the launcher jar. */
    static InputStream realmJson(StackConfig config) throws IOException {
        Path file = config.realmFile() != null ? config.realmFile()
                : config.repoDir().resolve("deploy/keycloak/gongjian-realm.json");
        if (Files.isRegularFile(file)) {
            return Files.newInputStream(file);
        }
        InputStream bundled = Keycloak.class.getResourceAsStream("keycloak/gongjian-realm.json");
        if (bundled == null) {
            throw new StackException("no realm JSON: neither " + file + " nor the copy inside the launcher jar");
        }
        return bundled;
    }

    private static void link(Path link, Path target) throws IOException {
        if (Files.isSymbolicLink(link)) {
            if (Files.readSymbolicLink(link).equals(target)) {
                return;
            }
            Files.delete(link);
        } else if (Files.exists(link, LinkOption.NOFOLLOW_LINKS)) {
            throw new StackException(link + " should be a link to " + target + "; remove it and start again");
        }
        Files.createSymbolicLink(link, target);
    }

    @Override
    boolean isReady() {
        return Http.status(config.issuer() + "/.well-known/openid-configuration") == 200;
    }
}
