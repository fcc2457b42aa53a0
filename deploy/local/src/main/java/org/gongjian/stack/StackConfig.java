package org.gongjian.stack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Everything a {@link LocalStack} needs to know: where the downloaded servers are ({@code distDir}), where the
 * stack keeps its state ({@code baseDir}: data, logs, PID files), where the service jars are ({@code repoDir}),
 * and the ports. Immutable; build one with {@link #forRepository(Path)} (the fixed ports of the one-machine
 * stack) or {@link #forTests(Path, Path)} (free ports, a directory of the caller's choosing), then adjust it
 * with {@link #toBuilder()}.
 */
public final class StackConfig {

    public static final String REALM = "gongjian";
    /** The address every server of the stack listens on: only this machine reaches them. */
    static final String LOOPBACK = "127.0.0.1";
    public static final int DEFAULT_POSTGRES_PORT = 15432;
    public static final int DEFAULT_KAFKA_PORT = 19092;
    public static final int DEFAULT_KEYCLOAK_PORT = 8180;
    public static final int DEFAULT_SMTP_PORT = 3025;

    private final Path repoDir;
    private final Path distDir;
    private final Path baseDir;
    private final Path javaHome;
    private final int postgresPort;
    private final int kafkaPort;
    private final int kafkaControllerPort;
    private final int keycloakPort;
    private final int smtpPort;
    private final int imapPort;
    private final int mailApiPort;
    private final String dbUser;
    private final String dbPassword;
    private final String keycloakAdmin;
    private final String keycloakAdminPassword;
    private final Path realmFile;
    private final Path postgresHome;
    private final List<ServiceSpec> services;
    private final boolean startServices;
    private final boolean stopOnFailure;
    private final Map<String, Map<String, String>> serviceEnv;
    private final Duration keycloakTimeout;
    private final Duration serviceTimeout;
    private final Consumer<String> out;

    private StackConfig(Builder b) {
        this.repoDir = Objects.requireNonNull(b.repoDir, "repoDir").toAbsolutePath().normalize();
        this.distDir = (b.distDir != null ? b.distDir : repoDir.resolve("deploy/local/target/stack")).toAbsolutePath().normalize();
        this.baseDir = (b.baseDir != null ? b.baseDir : repoDir.resolve("deploy/local/.data")).toAbsolutePath().normalize();
        this.javaHome = b.javaHome != null ? b.javaHome : Path.of(System.getProperty("java.home"));
        this.postgresPort = b.postgresPort;
        this.kafkaPort = b.kafkaPort;
        this.kafkaControllerPort = b.kafkaControllerPort;
        this.keycloakPort = b.keycloakPort;
        this.smtpPort = b.smtpPort;
        this.imapPort = b.imapPort;
        this.mailApiPort = b.mailApiPort;
        this.dbUser = b.dbUser;
        this.dbPassword = b.dbPassword;
        this.keycloakAdmin = b.keycloakAdmin;
        this.keycloakAdminPassword = b.keycloakAdminPassword;
        this.realmFile = b.realmFile;
        this.postgresHome = b.postgresHome;
        this.services = List.copyOf(b.services);
        this.startServices = b.startServices;
        this.stopOnFailure = b.stopOnFailure;
        Map<String, Map<String, String>> env = new HashMap<>();
        b.serviceEnv.forEach((k, v) -> env.put(k, Map.copyOf(v)));
        this.serviceEnv = Map.copyOf(env);
        this.keycloakTimeout = b.keycloakTimeout;
        this.serviceTimeout = b.serviceTimeout;
        this.out = b.out;
    }

    /** The one-machine stack of a checkout: fixed ports (8080-8084, management 9080-9084, 8180, 15432, 19092, 3025, 3143, 8025), data in {@code deploy/local/.data}. */
    public static StackConfig forRepository(Path repoDir) {
        return builder(repoDir).build();
    }

    /**
     * A stack for tests: every port free at the time of the call and outside the ephemeral range ({@link FreePorts}), all state under {@code baseDir} (a temporary
     * directory), the servers downloaded by {@code deploy/local}'s build. Add services with
     * {@link Builder#startServices(boolean)} / {@link Builder#serviceEnv(String, String, String)} as needed.
     */
    public static StackConfig forTests(Path repoDir, Path baseDir) {
        Builder b = builder(repoDir).baseDir(baseDir)
                .postgresPort(FreePorts.next()).kafkaPort(FreePorts.next()).kafkaControllerPort(FreePorts.next())
                .keycloakPort(FreePorts.next()).smtpPort(FreePorts.next()).imapPort(FreePorts.next()).mailApiPort(FreePorts.next());
        List<ServiceSpec> specs = new ArrayList<>();
        for (ServiceSpec s : ServiceSpec.defaults()) {
            specs.add(s.withPort(FreePorts.next()).withManagementPort(FreePorts.next()));
        }
        return b.services(specs).stopOnFailure(true).build();
    }

    public static Builder builder(Path repoDir) {
        return new Builder(repoDir);
    }

    public Builder toBuilder() {
        Builder b = new Builder(repoDir);
        b.distDir = distDir;
        b.baseDir = baseDir;
        b.javaHome = javaHome;
        b.postgresPort = postgresPort;
        b.kafkaPort = kafkaPort;
        b.kafkaControllerPort = kafkaControllerPort;
        b.keycloakPort = keycloakPort;
        b.smtpPort = smtpPort;
        b.imapPort = imapPort;
        b.mailApiPort = mailApiPort;
        b.dbUser = dbUser;
        b.dbPassword = dbPassword;
        b.keycloakAdmin = keycloakAdmin;
        b.keycloakAdminPassword = keycloakAdminPassword;
        b.realmFile = realmFile;
        b.postgresHome = postgresHome;
        b.services = new ArrayList<>(services);
        b.startServices = startServices;
        b.stopOnFailure = stopOnFailure;
        serviceEnv.forEach((k, v) -> b.serviceEnv.put(k, new HashMap<>(v)));
        b.keycloakTimeout = keycloakTimeout;
        b.serviceTimeout = serviceTimeout;
        b.out = out;
        return b;
    }

    public Path repoDir() { return repoDir; }
    public Path distDir() { return distDir; }
    public Path baseDir() { return baseDir; }
    public Path javaHome() { return javaHome; }
    public Path java() { return javaHome.resolve("bin/java"); }
    public int postgresPort() { return postgresPort; }
    public int kafkaPort() { return kafkaPort; }
    public int kafkaControllerPort() { return kafkaControllerPort; }
    public int keycloakPort() { return keycloakPort; }
    public int smtpPort() { return smtpPort; }
    public int imapPort() { return imapPort; }
    public int mailApiPort() { return mailApiPort; }
    public String dbUser() { return dbUser; }
    public String dbPassword() { return dbPassword; }
    public String keycloakAdmin() { return keycloakAdmin; }
    /** {@code GONGJIAN_KEYCLOAK_ADMIN_PASSWORD} or the builder's, else the one generated into the stack's secrets. */
    public String keycloakAdminPassword() {
        return keycloakAdminPassword != null ? keycloakAdminPassword : StackSecrets.of(baseDir).keycloakAdminPassword();
    }
    /** Whether the administrator's password was given rather than generated into the stack's secrets. */
    boolean keycloakAdminPasswordGiven() { return keycloakAdminPassword != null; }
    /** The realm JSON to import; {@code null} means {@code deploy/keycloak/gongjian-realm.json}, else the copy in the launcher jar. */
    public Path realmFile() { return realmFile; }
    /** A PostgreSQL installation to run ({@code bin/initdb}, {@code bin/pg_ctl}), e.g. Debian's; {@code null} means zonky's binaries. */
    public Path postgresHome() { return postgresHome; }
    public List<ServiceSpec> services() { return services; }
    public boolean startServices() { return startServices; }
    /** Whether a failed {@code start} stops what it had started (tests), or leaves it for inspection (the CLI). */
    public boolean stopOnFailure() { return stopOnFailure; }
    public Map<String, String> serviceEnv(String service) { return serviceEnv.getOrDefault(service, Map.of()); }
    public Duration keycloakTimeout() { return keycloakTimeout; }
    public Duration serviceTimeout() { return serviceTimeout; }
    public Consumer<String> out() { return out; }

    public Path dataDir(String component) { return baseDir.resolve(component); }
    public Path logFile(String component) { return baseDir.resolve("logs").resolve(component + ".log"); }
    public Path pidFile(String component) { return baseDir.resolve("pids").resolve(component + ".pid"); }

    public String keycloakUrl() { return "http://localhost:" + keycloakPort; }
    public String issuer() { return keycloakUrl() + "/realms/" + REALM; }
    public String kafkaBootstrapServers() { return "localhost:" + kafkaPort; }
    public String jdbcUrl(String database) { return "jdbc:postgresql://localhost:" + postgresPort + "/" + database; }

    /** The first instance of a service (module name, e.g. {@code pairing-service}). */
    public ServiceSpec service(String name) {
        return services.stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no service " + name));
    }

    /** Every instance of a service, first instance first. */
    public List<ServiceSpec> instances(String name) {
        return services.stream().filter(s -> s.name().equals(name))
                .sorted(java.util.Comparator.comparingInt(ServiceSpec::instance)).toList();
    }

    /** The base URLs of every instance of a service, first instance first. */
    public List<String> instanceUrls(String name) {
        return instances(name).stream().map(s -> "http://localhost:" + s.port()).toList();
    }

    public String serviceUrl(String name) { return "http://localhost:" + service(name).port(); }

    /** The service's management interface: {@code /q/health}, {@code /q/metrics}, {@code /q/openapi}, {@code /q/swagger-ui}. */
    public String managementUrl(String name) { return "http://localhost:" + service(name).managementPort(); }

    public String gatewayUrl() { return serviceUrl("gateway"); }

    public static final class Builder {
        private final Path repoDir;
        private Path distDir;
        private Path baseDir;
        private Path javaHome;
        private int postgresPort = DEFAULT_POSTGRES_PORT;
        private int kafkaPort = DEFAULT_KAFKA_PORT;
        private int kafkaControllerPort = 19093;
        private int keycloakPort = DEFAULT_KEYCLOAK_PORT;
        private int smtpPort = DEFAULT_SMTP_PORT;
        private int imapPort = 3143;
        private int mailApiPort = 8025;
        private String dbUser = "gongjian";
        private String dbPassword = "gongjian";
        private String keycloakAdmin = envOr("GONGJIAN_KEYCLOAK_ADMIN", "admin");
        private String keycloakAdminPassword = envOr("GONGJIAN_KEYCLOAK_ADMIN_PASSWORD", null);
        private Path realmFile;
        private Path postgresHome;
        private List<ServiceSpec> services = new ArrayList<>(ServiceSpec.defaults());
        private boolean startServices = true;
        private boolean stopOnFailure;
        private final Map<String, Map<String, String>> serviceEnv = new HashMap<>();
        private Duration keycloakTimeout = Duration.ofMinutes(4);
        private Duration serviceTimeout = Duration.ofMinutes(2);
        private Consumer<String> out = System.out::println;

        private Builder(Path repoDir) {
            this.repoDir = repoDir;
        }

        private static String envOr(String name, String fallback) {
            String v = System.getenv(name);
            return v == null || v.isBlank() ? fallback : v;
        }

        public Builder distDir(Path v) { distDir = v; return this; }
        public Builder baseDir(Path v) { baseDir = v; return this; }
        public Builder javaHome(Path v) { javaHome = v; return this; }
        public Builder postgresPort(int v) { postgresPort = v; return this; }
        public Builder kafkaPort(int v) { kafkaPort = v; return this; }
        public Builder kafkaControllerPort(int v) { kafkaControllerPort = v; return this; }
        public Builder keycloakPort(int v) { keycloakPort = v; return this; }
        public Builder smtpPort(int v) { smtpPort = v; return this; }
        public Builder imapPort(int v) { imapPort = v; return this; }
        public Builder mailApiPort(int v) { mailApiPort = v; return this; }
        public Builder dbUser(String v) { dbUser = v; return this; }
        public Builder dbPassword(String v) { dbPassword = v; return this; }
        public Builder keycloakAdmin(String user, String password) { keycloakAdmin = user; keycloakAdminPassword = password; return this; }
        public Builder realmFile(Path v) { realmFile = v; return this; }
        public Builder postgresHome(Path v) { postgresHome = v; return this; }
        public Builder services(List<ServiceSpec> v) { services = new ArrayList<>(v); return this; }
        /**
         * Runs {@code perService} instances of every service, the added ones on free ports (as {@link #forTests}), each
         * in its own working directory; the gateway takes the services' instances in turn.
         */
        public Builder instancesPerService(int perService) {
            List<ServiceSpec> all = new ArrayList<>();
            for (ServiceSpec s : services) {
                if (s.instance() != 1) {
                    continue;
                }
                all.add(s);
                for (int n = 2; n <= perService; n++) {
                    all.add(s.instance(n, FreePorts.next(), FreePorts.next()));
                }
            }
            services = all;
            return this;
        }
        public Builder servicePort(String name, int port) {
            services.replaceAll(s -> s.name().equals(name) && s.instance() == 1 ? s.withPort(port) : s);
            return this;
        }
        /** Whether {@code start} launches the service jars too (default {@code true}; absent jars are skipped). */
        public Builder startServices(boolean v) { startServices = v; return this; }
        /** An extra environment variable for one service, e.g. the gateway's route to a service on a test port. */
        public Builder serviceEnv(String service, String name, String value) {
            serviceEnv.computeIfAbsent(service, k -> new HashMap<>()).put(name, value);
            return this;
        }
        public Builder stopOnFailure(boolean v) { stopOnFailure = v; return this; }
        public Builder keycloakTimeout(Duration v) { keycloakTimeout = v; return this; }
        public Builder serviceTimeout(Duration v) { serviceTimeout = v; return this; }
        /** Where progress messages go (default standard output). */
        public Builder out(Consumer<String> v) { out = v; return this; }

        public StackConfig build() { return new StackConfig(this); }
    }
}
