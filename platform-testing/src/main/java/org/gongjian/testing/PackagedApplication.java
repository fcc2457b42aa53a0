package org.gongjian.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The service as it is shipped: {@code target/quarkus-app/quarkus-run.jar} started in a JVM of its own, with a
 * profile and an environment of the test's choosing, for what only a real start can show (a service that refuses
 * to start). Run such tests after {@code package} ({@code *IT} classes, in the {@code integration-test} phase).
 */
public final class PackagedApplication {

    private PackagedApplication() {
    }

    /** How a start ended: the exit code ({@code null}: still running when the test stopped it) and all output. */
    public record Outcome(Integer exitCode, String output) {
        public boolean exited() {
            return exitCode != null;
        }
    }

    /**
     * Starts the module's packaged application with {@code -Dquarkus.profile=<profile>} and {@code env} (no
     * {@code GONGJIAN_*} or {@code QUARKUS_*} variable of the calling environment passes through), on free ports,
     * and waits until it exits or {@code patience} has passed (then stops it).
     */
    public static Outcome start(String profile, Map<String, String> env, Duration patience) {
        Path jar = Path.of("target/quarkus-app/quarkus-run.jar").toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("not packaged: " + jar + " (run this test in the integration-test phase)");
        }
        Path log;
        try {
            log = Files.createTempFile("packaged-start-", ".log");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--add-opens", "java.base/java.lang=ALL-UNNAMED",
                "-Dquarkus.profile=" + profile, "-Dquarkus.http.port=0", "-Dquarkus.management.port=0",
                "-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("GONGJIAN_") || name.startsWith("QUARKUS_"));
        builder.environment().putAll(env);
        try {
            Process process = builder.start();
            Integer exit = null;
            if (process.waitFor(patience.toMillis(), TimeUnit.MILLISECONDS)) {
                exit = process.exitValue();
            } else {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
            return new Outcome(exit, Files.readString(log, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            try {
                Files.deleteIfExists(log);
            } catch (IOException ignored) {
                // a temporary file
            }
        }
    }
}
