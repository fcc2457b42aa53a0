package org.gongjian.stack;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Starting detached processes, remembering them in PID files, and stopping whole process trees. */
final class Processes {

    private static final Path SETSID = Path.of("/usr/bin/setsid");
    private static final Path RUNUSER = Path.of("/usr/sbin/runuser");

    private Processes() {
    }

    /**
     * Starts {@code command} in its own session (so that neither the launcher's exit nor a Ctrl-C in its
     * terminal reaches it), output appended to {@code log}, no standard input.
     */
    static ProcessHandle spawnDetached(List<String> command, Path workDir, Path log, Map<String, String> env) {
        List<String> full = new ArrayList<>();
        if (Files.isExecutable(SETSID)) {
            full.add(SETSID.toString());
        }
        full.addAll(command);
        try {
            Files.createDirectories(workDir);
            Files.createDirectories(log.getParent());
            ProcessBuilder pb = new ProcessBuilder(full)
                    .directory(workDir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
            pb.environment().putAll(env);
            return pb.start().toHandle();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + String.join(" ", command), e);
        }
    }

    /** Runs a command to completion, output appended to {@code log}; returns its exit code. */
    static int run(List<String> command, Path workDir, Path log, Map<String, String> env, Duration timeout) {
        try {
            Files.createDirectories(log.getParent());
            ProcessBuilder pb = new ProcessBuilder(command)
                    .directory(workDir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
            pb.environment().putAll(env);
            Process p = pb.start();
            if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                throw new StackException("timed out after " + timeout.toSeconds() + " s: " + String.join(" ", command)
                        + "\n" + tail(log, 20));
            }
            return p.exitValue();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + String.join(" ", command), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("interrupted: " + String.join(" ", command));
        }
    }

    /** {@code command} as {@code user} when given (the launcher runs as root), else unchanged. */
    static List<String> asUser(String user, List<String> command) {
        if (user == null) {
            return command;
        }
        List<String> full = new ArrayList<>(List.of(RUNUSER.toString(), "-u", user, "--"));
        full.addAll(command);
        return full;
    }

    static boolean isRoot() {
        try {
            return ((Number) Files.getAttribute(Path.of("/proc/self"), "unix:uid")).intValue() == 0;
        } catch (IOException | UnsupportedOperationException e) {
            return "root".equals(System.getProperty("user.name"));
        }
    }

    // ---- PID files: "<pid> <start time in epoch millis>", so a reused PID is never mistaken for ours ----

    static void writePidFile(Path pidFile, ProcessHandle process) {
        long started = process.info().startInstant().map(Instant::toEpochMilli).orElse(0L);
        try {
            Files.createDirectories(pidFile.getParent());
            Files.writeString(pidFile, process.pid() + " " + started + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The live process a PID file names, if it is still the same process. */
    static Optional<ProcessHandle> fromPidFile(Path pidFile) {
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        try {
            String[] parts = Files.readString(pidFile).trim().split("\\s+");
            long pid = Long.parseLong(parts[0]);
            long started = parts.length > 1 ? Long.parseLong(parts[1]) : 0L;
            return ProcessHandle.of(pid).filter(Processes::running).filter(h -> {
                long actual = h.info().startInstant().map(Instant::toEpochMilli).orElse(0L);
                return started == 0 || actual == 0 || Math.abs(actual - started) < 2_000;
            });
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    static void deletePidFile(Path pidFile) {
        try {
            Files.deleteIfExists(pidFile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Stops a process and all its descendants: SIGTERM to every one of them, then SIGKILL to whatever is left
     * after {@code grace}. Keycloak's {@code kc.sh} runs Java as a child, so the tree matters.
     *
     * @return whether every process ended within {@code grace}, i.e. nothing had to be killed
     */
    static boolean stopTree(ProcessHandle root, Duration grace) {
        List<ProcessHandle> tree = new ArrayList<>();
        tree.add(root);
        root.descendants().forEach(tree::add);
        tree.forEach(ProcessHandle::destroy);
        long deadline = System.nanoTime() + grace.toNanos();
        while (System.nanoTime() < deadline && tree.stream().anyMatch(Processes::running)) {
            sleep(50);
        }
        boolean graceful = true;
        for (ProcessHandle h : tree) {
            if (running(h)) {
                h.destroyForcibly();
                graceful = false;
            }
        }
        long killDeadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (System.nanoTime() < killDeadline && tree.stream().anyMatch(Processes::running)) {
            sleep(50);
        }
        return graceful;
    }

    /**
     * Alive and not a zombie. A detached process that exits is a zombie until init reaps it, which some inits
     * do only every few seconds; {@link ProcessHandle#isAlive()} counts zombies as alive.
     */
    static boolean running(ProcessHandle h) {
        if (!h.isAlive()) {
            return false;
        }
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(h.pid()), "stat"));
            int close = stat.lastIndexOf(')');
            return close < 0 || close + 2 >= stat.length() || stat.charAt(close + 2) != 'Z';
        } catch (IOException | RuntimeException e) {
            return h.isAlive();
        }
    }

    static boolean isPortOpen(int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("localhost", port), 300);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    static String tail(Path log, int lines) {
        try {
            if (!Files.isRegularFile(log)) {
                return "(no log at " + log + ")";
            }
            List<String> all = new String(Files.readAllBytes(log), StandardCharsets.UTF_8).lines().toList();
            List<String> last = all.subList(Math.max(0, all.size() - lines), all.size());
            return "---- last lines of " + log + " ----\n" + String.join("\n", last);
        } catch (IOException | UncheckedIOException e) {
            return "(cannot read " + log + ": " + e.getMessage() + ")";
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("interrupted");
        }
    }
}
