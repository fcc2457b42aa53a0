package org.gongjian.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Keycloak in production mode ({@code kc.sh start}) on the server's PostgreSQL (database and role {@code keycloak}),
 * listening on 127.0.0.1 behind nginx: its public address is {@code --hostname} (the server's https URL), it trusts
 * nginx's {@code X-Forwarded-*} headers, and the services reach it on the loopback ({@code --hostname-backchannel-dynamic}),
 * so tokens carry the public issuer while discovery and token requests stay on this machine. The production realm is
 * imported on the first start, its placeholders filled from this process's environment. The server gets its own copy
 * of the distribution (production mode builds into it) with Gongjian's login theme.
 */
final class ServerKeycloak extends Component {

    private final ServerSettings settings;
    private final ServerSecrets secrets;

    ServerKeycloak(StackConfig config, ServerSettings settings, ServerSecrets secrets) {
        super(Keycloak.NAME, config);
        this.settings = settings;
        this.secrets = secrets;
    }

    @Override
    int port() {
        return config.keycloakPort();
    }

    @Override
    String endpoint() {
        return settings.publicAddress() + " (backchannel " + config.keycloakUrl() + ")";
    }

    @Override
    Duration startTimeout() {
        return config.keycloakTimeout();
    }

    /** The server's copy of the distribution ({@code keycloak.home}, by default {@code <data-dir>/keycloak}). */
    Path home() {
        return settings.keycloakHome();
    }

    @Override
    protected void launch() {
        Path home = home();
        try {
            prepareHome(home);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare Keycloak in " + home, e);
        }
        List<String> command = List.of("/bin/sh", home.resolve("bin/kc.sh").toString(), "start",
                "--db=postgres",
                "--cache=local", // one machine: no cluster port on the network
                "--db-url=jdbc:postgresql://localhost:" + config.postgresPort() + "/" + ServerDatabases.KEYCLOAK,
                "--db-username=" + ServerDatabases.KEYCLOAK,
                "--http-enabled=true",
                "--http-host=" + StackConfig.LOOPBACK,
                "--http-port=" + port(),
                "--hostname=" + settings.publicAddress(),
                "--hostname-backchannel-dynamic=true",
                "--proxy-headers=xforwarded",
                "--proxy-trusted-addresses=127.0.0.1,::1", // nginx on this machine only
                "--import-realm");
        Processes.writePidFile(pidFile(), Processes.spawnDetached(command, home, logFile(), environment()));
    }

    /** The process environment: secrets never on a command line, and the realm's placeholders. */
    Map<String, String> environment() {
        Map<String, String> env = new HashMap<>();
        env.put("JAVA_HOME", config.javaHome().toString());
        env.put("KC_DB_PASSWORD", secrets.get(ServerSecrets.databasePassword(ServerDatabases.KEYCLOAK)));
        env.put("KC_BOOTSTRAP_ADMIN_USERNAME", config.keycloakAdmin());
        env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", config.keycloakAdminPassword());
        env.putAll(realmPlaceholders(settings, secrets));
        return env;
    }

    /** The values of {@code ${GONGJIAN_*}} in {@code deploy/keycloak/gongjian-production-realm.json}. */
    static Map<String, String> realmPlaceholders(ServerSettings settings, ServerSecrets secrets) {
        ServerSettings.Smtp smtp = settings.smtp();
        Map<String, String> env = new HashMap<>();
        env.put("GONGJIAN_PUBLIC_URL", settings.publicAddress());
        env.put("GONGJIAN_GATEWAY_CLIENT_SECRET", secrets.get(ServerSecrets.GATEWAY_CLIENT));
        env.put("GONGJIAN_MACHINE_CLIENT_SECRET", secrets.get(ServerSecrets.MACHINE_CLIENT));
        env.put("GONGJIAN_ACCOUNTS_CLIENT_SECRET", secrets.get(ServerSecrets.ACCOUNTS_CLIENT));
        env.put("GONGJIAN_SMTP_HOST", smtp.host());
        env.put("GONGJIAN_SMTP_PORT", Integer.toString(smtp.port()));
        env.put("GONGJIAN_SMTP_FROM", smtp.from());
        env.put("GONGJIAN_SMTP_AUTH", Boolean.toString(smtp.authenticated()));
        env.put("GONGJIAN_SMTP_USERNAME", smtp.username());
        env.put("GONGJIAN_SMTP_PASSWORD", secrets.get(ServerSecrets.SMTP_PASSWORD));
        env.put("GONGJIAN_SMTP_STARTTLS", Boolean.toString(smtp.startTls()));
        env.put("GONGJIAN_SMTP_SSL", Boolean.toString(smtp.ssl()));
        return env;
    }

    private void prepareHome(Path home) throws IOException {
        Path dist = new Keycloak(config).distribution();
        Path marker = home.resolve(".distribution");
        String version = dist.getFileName().toString();
        if (!Files.isRegularFile(marker) || !Files.readString(marker).strip().equals(version)) {
            config.out().accept("  keycloak: copying " + version + " into " + home + " (production mode builds into its own copy)");
            for (String part : List.of("bin", "lib", "conf", "providers", "themes")) {
                PostgresBinaries.deleteTree(home.resolve(part));
            }
            int rc = Processes.run(List.of("cp", "-a", dist + "/bin", dist + "/lib", dist + "/conf", dist + "/providers",
                    dist + "/themes", home.toString()), config.baseDir(), config.logFile("launcher"), Map.of(), Duration.ofMinutes(5));
            if (rc != 0) {
                throw new StackException("cannot copy Keycloak from " + dist + " to " + home + " (exit " + rc + ")");
            }
            Files.writeString(marker, version + "\n");
        }
        copyTree(config.repoDir().resolve("deploy/keycloak/themes/gongjian"), home.resolve("themes/gongjian"));
        Files.createDirectories(home.resolve("data/import"));
        Files.copy(config.realmFile(), home.resolve("data/import/gongjian-realm.json"), StandardCopyOption.REPLACE_EXISTING);
    }

    private static void copyTree(Path from, Path to) throws IOException {
        PostgresBinaries.deleteTree(to);
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    @Override
    boolean isReady() {
        return Http.status(config.issuer() + "/.well-known/openid-configuration") == 200;
    }
}
