package org.gongjian.stack;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * One Gongjian Quarkus service as the stack runs it: the Maven module that packages it, the HTTP port it
 * listens on, the port of its management interface (health, metrics, OpenAPI, Swagger UI), and the PostgreSQL
 * database it owns (none for the gateway).
 *
 * @param name           the module and component name, e.g. {@code registry-service}
 * @param port           the HTTP port
 * @param database       the database the stack creates for it, or {@code null}
 * @param managementPort the port of its management interface
 * @param instance       which instance of the service this is, from 1: a second instance of the same module runs
 *                       on its own ports, in its own working directory, with the same database and consumer groups
 */
public record ServiceSpec(String name, int port, String database, int managementPort, int instance) {

    public ServiceSpec {
        Objects.requireNonNull(name, "name");
        if (instance < 1) {
            throw new IllegalArgumentException("instance " + instance + " of " + name + ": instances count from 1");
        }
    }

    /** The first (or only) instance of a service. */
    public ServiceSpec(String name, int port, String database, int managementPort) {
        this(name, port, database, managementPort, 1);
    }

    /** A service whose management interface is on {@code port + 1000}, as in the {@code %local} profiles. */
    public ServiceSpec(String name, int port, String database) {
        this(name, port, database, port + 1000);
    }

    /** The five services of the platform with the ports and databases their {@code %local} profile expects. */
    public static List<ServiceSpec> defaults() {
        return List.of(
                new ServiceSpec("registry-service", 8081, "registry", 9081),
                new ServiceSpec("pairing-service", 8082, "pairing", 9082),
                new ServiceSpec("activity-service", 8083, "activity", 9083),
                new ServiceSpec("notification-service", 8084, "notification", 9084),
                new ServiceSpec("gateway", 8080, null, 9080));
    }

    /** The packaged application, {@code <repo>/<module>/target/quarkus-app/quarkus-run.jar}. */
    public Path jar(Path repoDir) {
        return repoDir.resolve(name).resolve("target/quarkus-app/quarkus-run.jar");
    }

    /**
     * The name of this instance as a component of the stack (its PID file, log and working directory): the module's
     * name for the first instance, {@code <module>-<n>} for the others, e.g. {@code pairing-service-2}.
     */
    public String componentName() {
        return instance == 1 ? name : name + "-" + instance;
    }

    public ServiceSpec withPort(int newPort) {
        return new ServiceSpec(name, newPort, database, managementPort, instance);
    }

    public ServiceSpec withManagementPort(int newPort) {
        return new ServiceSpec(name, port, database, newPort, instance);
    }

    /** Another instance of the same module, on its own ports. */
    public ServiceSpec instance(int n, int newPort, int newManagementPort) {
        return new ServiceSpec(name, newPort, database, newManagementPort, n);
    }
}
