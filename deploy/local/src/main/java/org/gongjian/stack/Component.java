package org.gongjian.stack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * One server of the stack, run as a detached process that outlives the launcher. The launcher knows a
 * component is its own by the PID file it wrote; it never stops a process it did not start.
 */
abstract class Component {

    protected final String name;
    protected final StackConfig config;

    Component(String name, StackConfig config) {
        this.name = name;
        this.config = config;
    }

    String name() {
        return name;
    }

    /** The port whose being taken means this component (or something else) is already there. */
    abstract int port();

    /** Where to reach it, for people. */
    abstract String endpoint();

    /** Starts the process and records it in the PID file; returns without waiting for readiness. */
    protected abstract void launch();

    /** One health probe, quick, no exceptions. */
    abstract boolean isReady();

    /** How long {@link #awaitReady()} waits. */
    abstract Duration startTimeout();

    /** Whether the component can run at all (a service whose jar is missing cannot). */
    Optional<String> missing() {
        return Optional.empty();
    }

    Path pidFile() {
        return config.pidFile(name);
    }

    Path logFile() {
        return config.logFile(name);
    }

    Optional<ProcessHandle> process() {
        return Processes.fromPidFile(pidFile());
    }

    /**
     * Starts the component unless the one this stack started earlier is still running.
     *
     * @return {@code true} when a running instance was reused
     */
    boolean ensureStarted() {
        if (process().isPresent()) {
            return true;
        }
        Processes.deletePidFile(pidFile());
        if (Processes.isPortOpen(port())) {
            throw new StackException(name + ": port " + port() + " is already in use by a process this stack did not start."
                    + " Stop that process, or run the stack on other ports.");
        }
        launch();
        return false;
    }

    void awaitReady() {
        long deadline = System.nanoTime() + startTimeout().toNanos();
        while (true) {
            if (isReady()) {
                return;
            }
            if (process().isEmpty()) {
                throw new StackException(name + " stopped while starting.\n" + Processes.tail(logFile(), 40));
            }
            if (System.nanoTime() > deadline) {
                throw new StackException(name + " did not become ready within " + startTimeout().toSeconds() + " s.\n"
                        + Processes.tail(logFile(), 40));
            }
            Processes.sleep(250);
        }
    }

    /** How long {@link #stop()} waits after SIGTERM before it kills. */
    Duration stopGrace() {
        return Duration.ofSeconds(30);
    }

    /** How a {@link #stop()} went. */
    enum Stopped { NOT_RUNNING, GRACEFULLY, KILLED }

    /** Stops what this stack started (the whole process tree): SIGTERM, and SIGKILL after {@link #stopGrace()}. */
    Stopped stop() {
        Optional<ProcessHandle> p = process();
        boolean graceful = p.map(h -> Processes.stopTree(h, stopGrace())).orElse(true);
        Processes.deletePidFile(pidFile());
        return p.isEmpty() ? Stopped.NOT_RUNNING : graceful ? Stopped.GRACEFULLY : Stopped.KILLED;
    }

    ComponentStatus status() {
        Optional<String> missing = missing();
        Optional<ProcessHandle> p = process();
        if (p.isPresent()) {
            boolean ready = isReady();
            return new ComponentStatus(name, ready ? ComponentStatus.State.READY : ComponentStatus.State.NOT_READY,
                    p.get().pid(), endpoint(), ready ? "" : "see " + logFile());
        }
        if (Processes.isPortOpen(port())) {
            return new ComponentStatus(name, ComponentStatus.State.PORT_TAKEN, -1, endpoint(),
                    "port " + port() + " is held by a process this stack did not start");
        }
        if (missing.isPresent()) {
            return new ComponentStatus(name, ComponentStatus.State.NOT_BUILT, -1, endpoint(), missing.get());
        }
        return new ComponentStatus(name, ComponentStatus.State.STOPPED, -1, endpoint(), "");
    }
}
