package org.gongjian.stack;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * One Gongjian Quarkus service as the stack runs it: the Maven module that packages it, the HTTP port it
 * listens on, and the PostgreSQL database it owns (none for the gateway).
 *
 * @param name     the module and component name, e.g. {@code registry-service}
 * @param port     the HTTP port
 * @param database the database the stack creates for it, or {@code null}
 */
public record ServiceSpec(String name, int port, String database) {

    public ServiceSpec {
        Objects.requireNonNull(name, "name");
    }

    /** The five services of the platform with the ports and databases their {@code %local} profile expects. */
    public static List<ServiceSpec> defaults() {
        return List.of(
                new ServiceSpec("registry-service", 8081, "registry"),
                new ServiceSpec("pairing-service", 8082, "pairing"),
                new ServiceSpec("activity-service", 8083, "activity"),
                new ServiceSpec("notification-service", 8084, "notification"),
                new ServiceSpec("gateway", 8080, null));
    }

    /** The packaged application, {@code <repo>/<module>/target/quarkus-app/quarkus-run.jar}. */
    public Path jar(Path repoDir) {
        return repoDir.resolve(name).resolve("target/quarkus-app/quarkus-run.jar");
    }

    public ServiceSpec withPort(int newPort) {
        return new ServiceSpec(name, newPort, database);
    }
}
