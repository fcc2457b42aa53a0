package org.gongjian.stack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One Gongjian service in production: the packaged {@code quarkus-run.jar} with no profile given (so {@code prod}),
 * configured only through its environment (standard Quarkus variables and the {@code GONGJIAN_*} settings), listening
 * on 127.0.0.1. Each service logs in to its own database with its own role; secrets come from {@link ServerSecrets},
 * and a service whose secret is missing or a development value stops at startup naming the setting.
 */
final class ServerService extends Component {

    private final ServiceSpec spec;
    private final ServerSettings settings;
    private final ServerSecrets secrets;

    ServerService(ServiceSpec spec, StackConfig config, ServerSettings settings, ServerSecrets secrets) {
        super(spec.name(), config);
        this.spec = spec;
        this.settings = settings;
        this.secrets = secrets;
    }

    Path jar() {
        return spec.jar(config.repoDir());
    }

    @Override
    Optional<String> missing() {
        return Files.isRegularFile(jar()) ? Optional.empty() : Optional.of("not built: no " + jar());
    }

    @Override
    int port() {
        return spec.port();
    }

    @Override
    String endpoint() {
        return "http://127.0.0.1:" + spec.port();
    }

    @Override
    Duration startTimeout() {
        return config.serviceTimeout();
    }

    @Override
    Duration stopGrace() {
        return QuarkusService.SERVICE_STOP_GRACE;
    }

    @Override
    protected void launch() {
        if (name.equals("gateway")) {
            KeycloakAdmin.of(config).setClientSecret(QuarkusService.GATEWAY_CLIENT, secrets.get(ServerSecrets.GATEWAY_CLIENT));
        }
        List<String> command = ServiceJvm.command(config.java(), jar(), List.of());
        Processes.writePidFile(pidFile(), Processes.spawnDetached(command, ServiceJvm.workingDirectory(jar()),
                logFile(), environment()));
    }

    Map<String, String> environment() {
        return environment(spec, settings, secrets, config);
    }

    /** The whole configuration of a service in production, as environment variables. */
    static Map<String, String> environment(ServiceSpec spec, ServerSettings settings, ServerSecrets secrets, StackConfig config) {
        Map<String, String> env = new HashMap<>();
        env.put("QUARKUS_HTTP_HOST", StackConfig.LOOPBACK);
        env.put("QUARKUS_HTTP_PORT", Integer.toString(spec.port()));
        env.put("QUARKUS_MANAGEMENT_HOST", StackConfig.LOOPBACK);
        env.put("QUARKUS_MANAGEMENT_PORT", Integer.toString(spec.managementPort()));
        env.put("QUARKUS_OIDC_AUTH_SERVER_URL", config.issuer());
        env.put("QUARKUS_OTEL_SDK_DISABLED", "true"); // no collector on a district's server; set OTEL_* to send traces
        if (spec.database() != null) {
            env.put("QUARKUS_DATASOURCE_JDBC_URL", config.jdbcUrl(spec.database()));
            env.put("QUARKUS_DATASOURCE_USERNAME", spec.database());
            env.put("QUARKUS_DATASOURCE_PASSWORD", secrets.get(ServerSecrets.databasePassword(spec.database())));
            env.put("KAFKA_BOOTSTRAP_SERVERS", config.kafkaBootstrapServers());
        }
        switch (spec.name()) {
            case "notification-service" -> {
                env.put("GONGJIAN_NOTIFICATION_RECEIPTS_LINK_SECRET", secrets.get(ServerSecrets.RECEIPT_LINK));
                env.put("GONGJIAN_NOTIFICATION_PUBLIC_BASE_URL", settings.publicAddress());
                env.put("GONGJIAN_NOTIFICATION_MAIL_FROM", settings.smtp().from());
                env.putAll(mailer(settings.smtp(), secrets.get(ServerSecrets.SMTP_PASSWORD)));
            }
            case "activity-service" -> env.put("GONGJIAN_ACTIVITY_CALENDAR_FEED_SECRET", secrets.get(ServerSecrets.CALENDAR_FEED));
            case "registry-service" -> {
                // invitations: Keycloak's Admin API as the gongjian-accounts client; the person lands on the web app
                env.put("GONGJIAN_REGISTRY_ACCOUNTS_CLIENT_SECRET", secrets.get(ServerSecrets.ACCOUNTS_CLIENT));
                env.put("GONGJIAN_REGISTRY_ACCOUNTS_REDIRECT_URI", settings.publicAddress() + "/");
            }
            case "gateway" -> {
                env.put("GONGJIAN_GATEWAY_CLIENT_SECRET", secrets.get(ServerSecrets.GATEWAY_CLIENT));
                env.put("GONGJIAN_GATEWAY_CORS_ORIGINS", settings.publicAddress());
                for (String service : List.of("registry", "pairing", "activity", "notification")) {
                    env.put("GONGJIAN_GATEWAY_SERVICES_" + service.toUpperCase(Locale.ROOT),
                            "http://127.0.0.1:" + settings.service(service + "-service").port());
                }
                // behind nginx on this machine: scheme, host and client address come from its X-Forwarded-* headers,
                // so that OIDC redirects and secure cookies use the public https address
                env.put("QUARKUS_HTTP_PROXY_PROXY_ADDRESS_FORWARDING", "true");
                env.put("QUARKUS_HTTP_PROXY_ALLOW_X_FORWARDED", "true");
                env.put("QUARKUS_HTTP_PROXY_ENABLE_FORWARDED_HOST", "true");
                env.put("QUARKUS_HTTP_PROXY_TRUSTED_PROXIES", StackConfig.LOOPBACK);
                // the browser leaves through Keycloak's public logout page, not the loopback address the gateway discovers it on
                env.put("QUARKUS_OIDC_END_SESSION_PATH", settings.publicAddress() + "/realms/" + StackConfig.REALM
                        + "/protocol/openid-connect/logout");
            }
            default -> { }
        }
        return env;
    }

    static Map<String, String> mailer(ServerSettings.Smtp smtp, String password) {
        Map<String, String> env = new HashMap<>();
        env.put("QUARKUS_MAILER_HOST", smtp.host());
        env.put("QUARKUS_MAILER_PORT", Integer.toString(smtp.port()));
        env.put("QUARKUS_MAILER_START_TLS", smtp.startTls() ? "REQUIRED" : "DISABLED");
        env.put("QUARKUS_MAILER_TLS", Boolean.toString(smtp.ssl()));
        if (smtp.authenticated()) {
            env.put("QUARKUS_MAILER_USERNAME", smtp.username());
            env.put("QUARKUS_MAILER_PASSWORD", password);
            env.put("QUARKUS_MAILER_AUTH_METHODS", "PLAIN LOGIN");
        }
        return env;
    }

    @Override
    boolean isReady() {
        return Http.status("http://localhost:" + spec.managementPort() + "/q/health/ready") == 200;
    }
}
