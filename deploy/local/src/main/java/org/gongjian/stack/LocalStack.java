package org.gongjian.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;

/**
 * The whole Gongjian platform on one machine, without a container engine: PostgreSQL, Kafka, Keycloak and
 * GreenMail, then every service whose jar has been built, each as a detached process that outlives the JVM
 * that started it. A second {@link #start(StackConfig)} on the same base directory reuses what is running;
 * {@link #stop()} stops exactly what the stack started, in reverse order.
 *
 * <pre>{@code
 * StackConfig config = StackConfig.forTests(repoDir, tempDir);   // free ports, state in tempDir
 * try (LocalStack stack = LocalStack.start(config)) {
 *     String token = stack.accessToken("admin.zhang", "gongjian");
 *     // ... drive stack.gatewayUrl()
 * }                                                              // close() = stop()
 * }</pre>
 */
public final class LocalStack implements AutoCloseable {

    private final StackConfig config;
    private final Postgres postgres;
    private final Kafka kafka;
    private final Keycloak keycloak;
    private final GreenMail greenMail;
    private final List<QuarkusService> services;
    private final List<String> startedServices = new ArrayList<>();
    private final List<String> skippedServices = new ArrayList<>();
    private Duration startupTime = Duration.ZERO;

    private LocalStack(StackConfig config) {
        this.config = Objects.requireNonNull(config);
        this.postgres = new Postgres(config);
        this.kafka = new Kafka(config);
        this.keycloak = new Keycloak(config);
        this.greenMail = new GreenMail(config);
        this.services = config.services().stream().map(s -> new QuarkusService(s, config)).toList();
    }

    /** A handle on the stack of {@code config.baseDir()} without starting anything (for status and stop). */
    public static LocalStack of(StackConfig config) {
        return new LocalStack(config);
    }

    /** Starts (or reuses) every component and waits until each is ready. */
    public static LocalStack start(StackConfig config) {
        LocalStack stack = new LocalStack(config);
        try {
            stack.startAll();
        } catch (RuntimeException e) {
            if (config.stopOnFailure()) {
                try {
                    stack.stop();
                } catch (RuntimeException suppressed) {
                    e.addSuppressed(suppressed);
                }
            }
            throw e;
        }
        return stack;
    }

    private void startAll() {
        long t0 = System.nanoTime();
        try (FileLock ignored = lock()) {
            say("Starting the Gongjian stack in " + config.baseDir());
            // Keycloak is the slowest: launch it first, then the others while it boots.
            List<Component> infra = List.of(keycloak, postgres, kafka, greenMail);
            List<Long> launchedAt = new ArrayList<>();
            List<Boolean> reused = new ArrayList<>();
            for (Component c : infra) {
                launchedAt.add(System.nanoTime());
                reused.add(c.ensureStarted());
            }
            for (Component c : List.of(postgres, kafka, greenMail, keycloak)) {
                int i = infra.indexOf(c);
                c.awaitReady();
                report(c, reused.get(i), launchedAt.get(i));
                if (c == postgres) {
                    List<String> created = postgres.createDatabases(config.services().stream()
                            .map(ServiceSpec::database).filter(Objects::nonNull).distinct().toList());
                    if (!created.isEmpty()) {
                        say("  postgres: created databases " + created);
                    }
                }
            }
            startServices();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        startupTime = Duration.ofNanos(System.nanoTime() - t0);
    }

    private void startServices() {
        if (!config.startServices()) {
            say("  services: not started (startServices=false)");
            return;
        }
        List<QuarkusService> launched = new ArrayList<>();
        List<Boolean> reused = new ArrayList<>();
        List<Long> launchedAt = new ArrayList<>();
        for (QuarkusService s : services) {
            if (s.missing().isPresent()) {
                if (s.process().isEmpty()) {
                    skippedServices.add(s.name());
                    say("  WARNING " + s.name() + " skipped: " + s.missing().get()
                            + " (build it with ./mvnw -B package -DskipTests, or run up.sh --build)");
                    continue;
                }
            }
            launchedAt.add(System.nanoTime());
            reused.add(s.ensureStarted());
            launched.add(s);
        }
        for (int i = 0; i < launched.size(); i++) {
            QuarkusService s = launched.get(i);
            s.awaitReady();
            startedServices.add(s.name());
            report(s, reused.get(i), launchedAt.get(i));
        }
    }

    private void report(Component c, boolean reused, long launchedAt) {
        String pid = c.process().map(p -> " pid " + p.pid()).orElse("");
        if (reused) {
            say(String.format("  %-21s already running%s, ready", c.name(), pid));
        } else {
            say(String.format("  %-21s started%s, ready after %.1f s", c.name(), pid, (System.nanoTime() - launchedAt) / 1e9));
        }
    }

    /**
     * Stops what the stack started: the services all at once (each gets {@link QuarkusService#SERVICE_STOP_GRACE} to
     * stop gracefully), then GreenMail, Keycloak, Kafka and PostgreSQL. Safe to call when nothing runs.
     */
    public void stop() {
        try (FileLock ignored = lock()) {
            long t0 = System.nanoTime();
            // a thread each: the common pool has a single thread on a 2-core machine, which would stop them in turn
            try (ExecutorService threads = Executors.newThreadPerTaskExecutor(Thread.ofPlatform().daemon().factory())) {
                List<CompletableFuture<Stop>> stopping = services.stream().map(s -> CompletableFuture.supplyAsync(
                        () -> new Stop(s.stop(), System.nanoTime()), threads)).toList();
                for (int i = 0; i < services.size(); i++) {
                    Stop stop = stopping.get(i).join();
                    reportStop(services.get(i), stop.how(), t0, stop.at());
                }
            }
            for (Component c : List.of(greenMail, keycloak, kafka, postgres)) {
                long since = System.nanoTime();
                Component.Stopped stopped = c.stop();
                reportStop(c, stopped, since, System.nanoTime());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How a service's stop went and when it ended. */
    private record Stop(Component.Stopped how, long at) {
    }

    /** One line per component, with the time from its SIGTERM until it had ended. */
    private void reportStop(Component c, Component.Stopped stopped, long since, long until) {
        double seconds = (until - since) / 1e9;
        switch (stopped) {
            case GRACEFULLY -> say(String.format("  %-21s stopped (%.1f s)", c.name(), seconds));
            case KILLED -> say(String.format("  %-21s WARNING did not stop within %d s; killed (see %s)", c.name(),
                    c.stopGrace().toSeconds(), c.logFile()));
            case NOT_RUNNING -> { }
        }
    }

    /** Stops everything and deletes the base directory: databases, Kafka logs, Keycloak's data, logs, markers. */
    public void purge() {
        stop();
        try {
            postgres.purge();
            PostgresBinaries.deleteTree(config.baseDir());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + config.baseDir(), e);
        }
        say("  removed " + config.baseDir());
    }

    /**
     * Copies the components' logs ({@code <baseDir>/logs}) into {@code target}, replacing earlier copies there, so
     * that they outlive {@link #purge()}; says where they went, or why they could not be copied. A stack that wrote
     * no logs leaves nothing.
     */
    public void copyLogs(Path target) {
        Path logs = config.baseDir().resolve("logs");
        if (!Files.isDirectory(logs)) {
            return;
        }
        try (Stream<Path> files = Files.list(logs)) {
            Files.createDirectories(target);
            for (Path file : files.toList()) {
                Files.copy(file, target.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
            say("logs copied to " + target);
        } catch (IOException e) {
            say("could not copy the logs: " + e);
        }
    }

    @Override
    public void close() {
        stop();
    }

    public List<ComponentStatus> status() {
        List<ComponentStatus> all = new ArrayList<>();
        for (Component c : List.of(postgres, kafka, keycloak, greenMail)) {
            all.add(c.status());
        }
        for (QuarkusService s : services) {
            all.add(s.status());
        }
        return all;
    }

    /** An access token from the {@code gongjian-cli} client (password grant) for a realm user. */
    public String accessToken(String username, String password) {
        return Tokens.password(config, username, password);
    }

    public StackConfig config() { return config; }
    public String jdbcUrl(String database) { return config.jdbcUrl(database); }
    public String kafkaBootstrapServers() { return config.kafkaBootstrapServers(); }
    public String keycloakUrl() { return config.keycloakUrl(); }
    public String issuer() { return config.issuer(); }
    public String gatewayUrl() { return config.gatewayUrl(); }
    public String serviceUrl(String service) { return config.serviceUrl(service); }
    public int smtpPort() { return config.smtpPort(); }
    public String mailApiUrl() { return "http://localhost:" + config.mailApiPort(); }
    /** From the call to {@link #start(StackConfig)} until everything was ready. */
    public Duration startupTime() { return startupTime; }
    /** The services that were started or reused by {@link #start(StackConfig)}. */
    public List<String> startedServices() { return List.copyOf(startedServices); }
    /** The services {@link #start(StackConfig)} skipped because their jar is not built. */
    public List<String> skippedServices() { return List.copyOf(skippedServices); }
    /** One of the stack's services, for tests that stop, kill and start it on its own. */
    QuarkusService service(String name) {
        return services.stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no service " + name));
    }

    /**
     * The names of the stack's components that {@link #kill(String)}, {@link #stopComponent(String)} and
     * {@link #startComponent(String)} take: {@code postgres}, {@code kafka}, {@code keycloak}, {@code greenmail}, and
     * each service instance ({@link ServiceSpec#componentName()}, e.g. {@code pairing-service-2}).
     */
    public List<String> componentNames() {
        List<String> names = new ArrayList<>(List.of(Postgres.NAME, Kafka.NAME, Keycloak.NAME, GreenMail.NAME));
        services.forEach(s -> names.add(s.name()));
        return names;
    }

    private Component component(String name) {
        return switch (name) {
            case Postgres.NAME -> postgres;
            case Kafka.NAME -> kafka;
            case Keycloak.NAME -> keycloak;
            case GreenMail.NAME -> greenMail;
            default -> service(name);
        };
    }

    /** {@code kill -9} of one component's process tree (a fault to recover from); its PID file stays. */
    public void kill(String name) {
        Component c = component(name);
        c.process().ifPresent(p -> {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            p.onExit().join();
        });
    }

    /** Stops one component as {@link #stop()} would (PostgreSQL: a fast shutdown; the others: SIGTERM). */
    public void stopComponent(String name) {
        component(name).stop();
    }

    /** Starts one component again (after {@link #kill(String)} or {@link #stopComponent(String)}) and waits until it is ready. */
    public void startComponent(String name) {
        Component c = component(name);
        c.ensureStarted();
        c.awaitReady();
    }

    /** Whether one component answers its readiness probe now. */
    public boolean isReady(String name) {
        return component(name).isReady();
    }

    /** Whether the gateway is running and ready (the demo data loader needs it). */
    public boolean gatewayReady() {
        return services.stream().filter(s -> s.name().equals("gateway")).anyMatch(Component::isReady);
    }

    private FileLock lock() throws IOException {
        Files.createDirectories(config.baseDir());
        FileChannel ch = FileChannel.open(config.baseDir().resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock = ch.tryLock();
        if (lock == null) {
            say("  waiting for another launcher working on " + config.baseDir() + " ...");
            lock = ch.lock();
        }
        return new ChannelClosingLock(ch, lock);
    }

    private void say(String line) {
        config.out().accept(line);
    }

    /** A lock that also closes its channel. */
    private static final class ChannelClosingLock extends FileLock {
        private final FileLock delegate;

        ChannelClosingLock(FileChannel channel, FileLock delegate) {
            super(channel, delegate.position(), delegate.size(), delegate.isShared());
            this.delegate = delegate;
        }

        @Override
        public boolean isValid() {
            return delegate.isValid();
        }

        @Override
        public void release() throws IOException {
            if (delegate.isValid()) {
                delegate.release();
            }
            channel().close();
        }
    }
}
