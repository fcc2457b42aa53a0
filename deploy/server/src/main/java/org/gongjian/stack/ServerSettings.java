package org.gongjian.stack;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * What a district's server is told by its administrator, in {@code /etc/gongjian/server.properties}
 * ({@code server.properties.example} lists every key): its public address, where its state lives, its SMTP relay,
 * its certificate and its ports. Nothing secret: secrets are generated into {@link ServerSecrets}.
 */
public record ServerSettings(
        URI publicUrl,
        Path dataDir,
        Path backupDir,
        int backupKeep,
        String backupTime,
        Path postgresHome,
        Path keycloakHome,
        Smtp smtp,
        Path tlsCertificate,
        Path tlsKey,
        int httpsPort,
        int httpPort,
        List<String> adminAllow,
        int postgresPort,
        int kafkaPort,
        int kafkaControllerPort,
        int keycloakPort,
        List<ServiceSpec> services) {

    /** The SMTP relay every e-mail leaves through (notices, Keycloak's "forgot password"); its password is a secret. */
    public record Smtp(String host, int port, String from, String username, boolean startTls, boolean ssl) {
        public boolean authenticated() {
            return username != null && !username.isBlank();
        }
    }

    public static final Path DEFAULT_FILE = Path.of("/etc/gongjian/server.properties");

    public ServerSettings {
        String url = publicUrl.toString();
        if (!"https".equals(publicUrl.getScheme()) || publicUrl.getHost() == null || url.endsWith("/")
                || (publicUrl.getPath() != null && !publicUrl.getPath().isEmpty())) {
            throw new StackException("public-url must be https://host or https://host:port without a path, not " + url);
        }
        if (!backupTime.matches("([01][0-9]|2[0-3]):[0-5][0-9]")) {
            throw new StackException("backup.time must be HH:MM, not " + backupTime);
        }
        adminAllow = List.copyOf(adminAllow);
        services = List.copyOf(services);
    }

    public static ServerSettings load(Path file) {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the server's settings " + file, e);
        }
        return from(p);
    }

    public static ServerSettings from(Properties p) {
        List<ServiceSpec> services = new ArrayList<>();
        for (ServiceSpec s : ServiceSpec.defaults()) {
            services.add(s.withPort(intOf(p, s.name() + ".port", s.port()))
                    .withManagementPort(intOf(p, s.name() + ".management-port", s.managementPort())));
        }
        Smtp smtp = new Smtp(required(p, "smtp.host"), intOf(p, "smtp.port", 587), required(p, "smtp.from"),
                p.getProperty("smtp.username", "").strip(), Boolean.parseBoolean(p.getProperty("smtp.starttls", "true")),
                Boolean.parseBoolean(p.getProperty("smtp.ssl", "false")));
        Path data = Path.of(p.getProperty("data-dir", "/var/lib/gongjian/server"));
        return new ServerSettings(URI.create(required(p, "public-url")), data,
                Path.of(p.getProperty("backup.dir", "/var/backups/gongjian")), intOf(p, "backup.keep", 14),
                p.getProperty("backup.time", "02:30").strip(),
                Path.of(p.getProperty("postgres.home", "/usr/lib/postgresql/15")),
                Path.of(p.getProperty("keycloak.home", data.resolve("keycloak").toString())), smtp,
                Path.of(p.getProperty("tls.certificate", "/etc/gongjian/tls/fullchain.pem")),
                Path.of(p.getProperty("tls.key", "/etc/gongjian/tls/privkey.pem")),
                intOf(p, "nginx.https-port", 443), intOf(p, "nginx.http-port", 80),
                java.util.Arrays.stream(p.getProperty("nginx.admin-allow", "").split(",")).map(String::strip)
                        .filter(a -> !a.isEmpty()).toList(),
                intOf(p, "postgres.port", StackConfig.DEFAULT_POSTGRES_PORT), intOf(p, "kafka.port", StackConfig.DEFAULT_KAFKA_PORT),
                intOf(p, "kafka.controller-port", 19093), intOf(p, "keycloak.port", StackConfig.DEFAULT_KEYCLOAK_PORT), services);
    }

    private static String required(Properties p, String key) {
        String v = p.getProperty(key, "").strip();
        if (v.isEmpty()) {
            throw new StackException("the server's settings lack " + key + " (see deploy/server/server.properties.example)");
        }
        return v;
    }

    private static int intOf(Properties p, String key, int fallback) {
        String v = p.getProperty(key, "").strip();
        try {
            return v.isEmpty() ? fallback : Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new StackException(key + " must be a number, not " + v);
        }
    }

    /** The public address without a trailing slash, e.g. {@code https://gongjian.example.org}. */
    public String publicAddress() {
        return publicUrl.toString();
    }

    public String hostName() {
        return publicUrl.getHost();
    }

    public ServiceSpec service(String name) {
        return services.stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no service " + name));
    }

    /** The launcher's configuration of the same components, run by the user {@code nobody} when root (PostgreSQL). */
    StackConfig stackConfig(Path repoDir, ServerSecrets secrets) {
        return StackConfig.builder(repoDir)
                .baseDir(dataDir)
                .postgresHome(postgresHome)
                .postgresPort(postgresPort).kafkaPort(kafkaPort).kafkaControllerPort(kafkaControllerPort)
                .keycloakPort(keycloakPort)
                .dbUser(ServerDatabases.SUPERUSER).dbPassword(secrets.get(ServerSecrets.POSTGRES))
                .keycloakAdmin(ServerSecrets.KEYCLOAK_ADMIN_USER, secrets.get(ServerSecrets.KEYCLOAK_ADMIN))
                .realmFile(repoDir.resolve("deploy/keycloak/gongjian-production-realm.json"))
                .services(services)
                .keycloakTimeout(java.time.Duration.ofMinutes(15))
                .serviceTimeout(java.time.Duration.ofMinutes(5))
                .build();
    }
}
