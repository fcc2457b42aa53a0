package org.gongjian.stack;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The production mode of the one-machine stack: the launcher's PostgreSQL (here Debian's, whose {@code pg_dump}
 * matches it) and Kafka, Keycloak in production mode ({@link ServerKeycloak}) and the services in their {@code prod}
 * profile ({@link ServerService}); no GreenMail, mail leaves through the configured relay. Start order: PostgreSQL
 * (roles and databases), then Kafka and Keycloak, then every service; stop order the reverse.
 */
public final class ServerStack {

    private final ServerSettings settings;
    private final ServerSecrets secrets;
    private final StackConfig config;
    private final Postgres postgres;
    private final Kafka kafka;
    private final ServerKeycloak keycloak;
    private final List<ServerService> services;

    private ServerStack(Path repoDir, ServerSettings settings, ServerSecrets secrets) {
        this.settings = settings;
        this.secrets = secrets;
        this.config = settings.stackConfig(repoDir, secrets);
        this.postgres = new Postgres(config);
        this.kafka = new Kafka(config);
        this.keycloak = new ServerKeycloak(config, settings, secrets);
        this.services = settings.services().stream().map(s -> new ServerService(s, config, settings, secrets)).toList();
    }

    /** The server described by {@code settings}, its secrets in {@code secretsFile} (generated when missing). */
    public static ServerStack of(Path repoDir, ServerSettings settings, Path secretsFile) {
        return new ServerStack(repoDir, settings, ServerSecrets.ensure(secretsFile));
    }

    public ServerSettings settings() { return settings; }
    public ServerSecrets secrets() { return secrets; }
    public StackConfig config() { return config; }
    Postgres postgres() { return postgres; }

    /** Starts (or reuses) everything and waits until each component is ready. */
    public void up() {
        for (ServerService s : services) {
            s.missing().ifPresent(why -> {
                throw new StackException(s.name() + " " + why + ": build the release first (./mvnw -B package -DskipTests)");
            });
        }
        startDatabase();
        boolean kafkaReused = kafka.ensureStarted();
        boolean keycloakReused = keycloak.ensureStarted();
        kafka.awaitReady();
        say("  kafka      " + (kafkaReused ? "already running" : "started") + ", ready");
        keycloak.awaitReady();
        say("  keycloak   " + (keycloakReused ? "already running" : "started") + ", ready (" + keycloak.endpoint() + ")");
        List<ServerService> launched = new ArrayList<>();
        for (ServerService s : services) {
            s.ensureStarted();
            launched.add(s);
        }
        for (ServerService s : launched) {
            s.awaitReady();
            say("  " + s.name() + " ready on " + s.endpoint());
        }
        say("Gongjian is up at " + settings.publicAddress() + " (through nginx)");
    }

    /** PostgreSQL alone, with every role and database (a restore starts only this). */
    void startDatabase() {
        boolean reused = postgres.ensureStarted();
        postgres.awaitReady();
        List<String> created = ServerDatabases.ensure(postgres, secrets);
        say("  postgres   " + (reused ? "already running" : "started") + ", ready"
                + (created.isEmpty() ? "" : "; created databases " + created));
    }

    /** Stops the services (all at once, gracefully), Keycloak, Kafka and, unless {@code keepDatabase}, PostgreSQL. */
    void stop(boolean keepDatabase) {
        try (ExecutorService threads = Executors.newThreadPerTaskExecutor(Thread.ofPlatform().daemon().factory())) {
            List<CompletableFuture<Component.Stopped>> stopping = services.stream()
                    .map(s -> CompletableFuture.supplyAsync(s::stop, threads)).toList();
            stopping.forEach(CompletableFuture::join);
        }
        keycloak.stop();
        kafka.stop();
        if (!keepDatabase) {
            postgres.stop();
        }
    }

    public void down() {
        stop(false);
        say("Gongjian stopped");
    }

    public List<ComponentStatus> status() {
        List<ComponentStatus> all = new ArrayList<>(List.of(postgres.status(), kafka.status(), keycloak.status()));
        services.forEach(s -> all.add(s.status()));
        return all;
    }

    private void say(String line) {
        config.out().accept(line);
    }
}
