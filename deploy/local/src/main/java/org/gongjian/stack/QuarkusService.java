package org.gongjian.stack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One Gongjian service, run from its packaged {@code quarkus-run.jar} with the {@code local} profile. The
 * {@code %local} profile already points at the stack's fixed ports; only when the stack runs on other ports
 * (tests) does the launcher pass the standard Quarkus environment overrides.
 */
final class QuarkusService extends Component {

    private final ServiceSpec spec;

    QuarkusService(ServiceSpec spec, StackConfig config) {
        super(spec.name(), config);
        this.spec = spec;
    }

    ServiceSpec spec() {
        return spec;
    }

    Path jar() {
        return spec.jar(config.repoDir());
    }

    @Override
    Optional<String> missing() {
        return Files.isRegularFile(jar()) ? Optional.empty()
                : Optional.of("not built: no " + config.repoDir().relativize(jar()));
    }

    @Override
    int port() {
        return spec.port();
    }

    @Override
    String endpoint() {
        return "http://localhost:" + spec.port();
    }

    @Override
    Duration startTimeout() {
        return config.serviceTimeout();
    }

    @Override
    protected void launch() {
        List<String> command = List.of(config.java().toString(), "-Xmx512m",
                // jboss-threads resets thread locals through java.lang internals on JDK 24+
                "--add-opens", "java.base/java.lang=ALL-UNNAMED",
                "-Dquarkus.profile=local", "-jar", jar().toString());
        Processes.writePidFile(pidFile(), Processes.spawnDetached(command, config.baseDir().resolve("run").resolve(name),
                logFile(), environment()));
    }

    Map<String, String> environment() {
        Map<String, String> env = new HashMap<>();
        ServiceSpec standard = ServiceSpec.defaults().stream().filter(s -> s.name().equals(name)).findFirst().orElse(null);
        if (standard == null || standard.port() != spec.port()) {
            env.put("QUARKUS_HTTP_PORT", Integer.toString(spec.port()));
        }
        if (spec.database() != null && config.postgresPort() != StackConfig.DEFAULT_POSTGRES_PORT) {
            env.put("QUARKUS_DATASOURCE_JDBC_URL", config.jdbcUrl(spec.database()));
        }
        if (config.kafkaPort() != StackConfig.DEFAULT_KAFKA_PORT) {
            env.put("KAFKA_BOOTSTRAP_SERVERS", config.kafkaBootstrapServers());
        }
        if (config.keycloakPort() != StackConfig.DEFAULT_KEYCLOAK_PORT) {
            env.put("QUARKUS_OIDC_AUTH_SERVER_URL", config.issuer());
        }
        if (config.smtpPort() != StackConfig.DEFAULT_SMTP_PORT) {
            env.put("QUARKUS_MAILER_PORT", Integer.toString(config.smtpPort()));
        }
        env.putAll(config.serviceEnv(name));
        return env;
    }

    @Override
    boolean isReady() {
        return Http.status(endpoint() + "/q/health/ready") == 200;
    }
}
