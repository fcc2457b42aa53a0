package org.gongjian.e2e.support;

import org.gongjian.stack.KeycloakAdmin;
import org.gongjian.stack.LocalStack;
import org.gongjian.stack.ServiceSpec;
import org.gongjian.stack.StackConfig;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The whole platform, started once per test run for every e2e class ({@code @ExtendWith(PlatformStack.class)}):
 * deploy/local's launcher on free ports in a temporary directory, PostgreSQL, Kafka, Keycloak (realm
 * {@code gongjian}), GreenMail, then the five packaged services. Stopped when the run ends, also after a failure
 * (JUnit closes the root store; a shutdown hook covers a killed JVM). The stack's logs are copied to
 * {@code target/stack-logs} before its directory is deleted.
 * <p>
 * Every service jar must be there: a missing one fails every test here, since a green end-to-end run that started
 * no service would prove nothing. {@code -Dgongjian.e2e.services=false} starts the infrastructure only, and the
 * tests that need the services are skipped.
 */
public final class PlatformStack implements BeforeAllCallback {

    public static final List<String> SERVICES = List.of(
            "registry-service", "pairing-service", "activity-service", "notification-service", "gateway");

    private static Running running;
    private static RuntimeException failure;

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(PlatformStack.class, k -> startOnce(), Object.class);
        if (failure != null) {
            throw new IllegalStateException("The platform did not start (see the first failure of this run)", failure);
        }
    }

    private static synchronized Object startOnce() {
        try {
            running = Running.start();
            return running;
        } catch (RuntimeException e) {
            failure = e;
            return e;
        }
    }

    public static LocalStack stack() {
        if (running == null) {
            throw new IllegalStateException("no stack: annotate the class with @ExtendWith(PlatformStack.class)");
        }
        return running.stack;
    }

    /** Whether the services were started (false only with {@code -Dgongjian.e2e.services=false}). */
    public static boolean servicesStarted() {
        return running != null && running.withServices;
    }

    /** Skips the calling test when the run was asked for the infrastructure only. */
    public static void assumeServices() {
        Assumptions.assumeTrue(servicesStarted(),
                "infrastructure-only run (-Dgongjian.e2e.services=false): the services were not started");
    }

    public static String gatewayUrl() {
        return stack().gatewayUrl();
    }

    /** The running stack; closed by JUnit at the end of the run. */
    private static final class Running implements ExtensionContext.Store.CloseableResource, AutoCloseable {
        /** Where the components' logs are copied when the stack stops (or fails to start). */
        private static final Path LOGS = Path.of(System.getProperty("gongjian.e2e.logs", "target/stack-logs"));

        private final LocalStack stack;
        private final Path baseDir;
        private final boolean withServices;
        private final Thread shutdownHook;

        private Running(LocalStack stack, Path baseDir, boolean withServices) {
            this.stack = stack;
            this.baseDir = baseDir;
            this.withServices = withServices;
            this.shutdownHook = new Thread(stack::stop, "gongjian-e2e-stack-stop");
            Runtime.getRuntime().addShutdownHook(shutdownHook);
        }

        static Running start() {
            Path repo = Path.of(System.getProperty("gongjian.repo.dir", "..")).toAbsolutePath().normalize();
            boolean withServices = !"false".equals(System.getProperty("gongjian.e2e.services"));
            if (withServices) {
                requirePackagedServices(repo);
            }
            Path baseDir;
            try {
                baseDir = Files.createTempDirectory("gongjian-e2e-");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            StackConfig config = StackConfig.forTests(repo, baseDir).toBuilder()
                    .startServices(withServices)
                    // deterministic notices: no hourly cadence warnings in the middle of the scenario
                    .serviceEnv("activity-service", "GONGJIAN_ACTIVITY_CADENCE_EVERY", "off")
                    // a first Keycloak start imports two realms; on a busy 2-core machine that took 165 s, and more
                    // than 8 min when the machine was shared with other builds (-Dgongjian.e2e.keycloak.minutes=)
                    .keycloakTimeout(Duration.ofMinutes(Long.getLong("gongjian.e2e.keycloak.minutes", 8)))
                    .serviceTimeout(Duration.ofMinutes(4))
                    .out(line -> System.out.println("[stack] " + line))
                    .build();
            LocalStack stack;
            try {
                stack = LocalStack.start(config); // stops what it started when it fails
            } catch (RuntimeException e) {
                LocalStack started = LocalStack.of(config);
                started.copyLogs(LOGS);
                purgeQuietly(started, baseDir);
                throw e;
            }
            Running running = new Running(stack, baseDir, withServices);
            try {
                System.out.printf("[stack] ready in %.1f s%n", stack.startupTime().toMillis() / 1000.0);
                if (withServices) {
                    if (!stack.skippedServices().isEmpty() || !stack.startedServices().containsAll(SERVICES)) {
                        throw new IllegalStateException("services not started: " + stack.skippedServices()
                                + " (started: " + stack.startedServices() + ")");
                    }
                    // the committee web app's code flow comes back to the gateway's test port
                    KeycloakAdmin.of(stack).allowOrigin("gongjian-gateway", stack.gatewayUrl());
                }
            } catch (RuntimeException e) {
                running.close();
                throw e;
            }
            return running;
        }

        private static void requirePackagedServices(Path repo) {
            List<String> missing = ServiceSpec.defaults().stream()
                    .filter(s -> !Files.isRegularFile(s.jar(repo)))
                    .map(s -> repo.relativize(s.jar(repo)).toString())
                    .toList();
            if (!missing.isEmpty()) {
                throw new IllegalStateException("The end-to-end tests need every service packaged; missing: " + missing
                        + ". Run ./mvnw -B -pl e2e-tests -am verify (it packages them first), or pass "
                        + "-Dgongjian.e2e.services=false to test the infrastructure only.");
            }
        }

        @Override
        public void close() {
            try {
                stack.stop();
            } finally {
                stack.copyLogs(LOGS);
                purgeQuietly(stack, baseDir);
                try {
                    Runtime.getRuntime().removeShutdownHook(shutdownHook);
                } catch (IllegalStateException ignored) {
                    // the JVM is shutting down already
                }
            }
        }

        /** Deletes the stack's data, including what lives outside its folder (PostgreSQL's, when run as root). */
        private static void purgeQuietly(LocalStack stack, Path baseDir) {
            try {
                stack.purge();
            } catch (RuntimeException e) {
                deleteQuietly(baseDir);
            }
        }

        private static void deleteQuietly(Path dir) {
            try (Stream<Path> all = Files.walk(dir)) {
                all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException | UncheckedIOException ignored) {
                // a temporary directory; the system cleans it eventually
            }
        }
    }
}
