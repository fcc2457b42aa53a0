package org.gongjian.stack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One Gongjian service, run from its packaged {@code quarkus-run.jar} with the {@code local} profile, listening on
 * 127.0.0.1 only. The {@code %local} profile already points at the stack's fixed ports; only when the stack runs
 * on other ports (tests) does the launcher pass the standard Quarkus environment overrides. Its secrets come from
 * {@link StackSecrets}; it is ready when its management interface says so.
 */
final class QuarkusService extends Component {

    private final ServiceSpec spec;

    /** The module this runs, the same for every instance (the component's {@code name} tells the instances apart). */
    private final String module;

    QuarkusService(ServiceSpec spec, StackConfig config) {
        super(spec.componentName(), config);
        this.spec = spec;
        this.module = spec.name();
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

    /** Its management interface, where its health, metrics and OpenAPI document are (never on the public port). */
    String managementEndpoint() {
        return "http://localhost:" + spec.managementPort();
    }

    @Override
    protected void launch() {
        if (module.equals("gateway")) {
            // the client secret was generated for this stack: Keycloak's client must hold the same
            KeycloakAdmin.of(config).setClientSecret(GATEWAY_CLIENT, secrets().gatewayClientSecret());
        }
        if (module.equals("registry-service")) {
            // registry-service makes accounts with the stack's own client secret, and Keycloak e-mails the
            // invitations through the stack's GreenMail
            KeycloakAdmin.of(config).setClientSecret(ACCOUNTS_CLIENT, secrets().accountsClientSecret());
            KeycloakAdmin.of(config).setSmtpPort(config.smtpPort());
        }
        List<String> command = ServiceJvm.command(config.java(), jar(), List.of("-Dquarkus.profile=local"));
        Processes.writePidFile(pidFile(), Processes.spawnDetached(command, ServiceJvm.workingDirectory(jar()),
                logFile(), environment()));
    }

    Map<String, String> environment() {
        Map<String, String> env = new HashMap<>();
        ServiceSpec standard = ServiceSpec.defaults().stream().filter(s -> s.name().equals(module)).findFirst().orElse(null);
        if (standard == null || standard.port() != spec.port()) {
            env.put("QUARKUS_HTTP_PORT", Integer.toString(spec.port()));
        }
        if (standard == null || standard.managementPort() != spec.managementPort()) {
            env.put("QUARKUS_MANAGEMENT_PORT", Integer.toString(spec.managementPort()));
        }
        secretsEnvironment(env);
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
        if (module.equals("gateway")) {
            gatewayEnvironment(env);
        }
        if (module.equals("registry-service") && movedFromDefault("gateway")) {
            // after setting a password in Keycloak, the invited person lands on the web app
            env.put("GONGJIAN_REGISTRY_ACCOUNTS_REDIRECT_URI", config.gatewayUrl() + "/");
        }
        if (module.equals("notification-service") && movedFromDefault("gateway")) {
            // receipt links in e-mails point at the gateway
            env.put("GONGJIAN_NOTIFICATION_PUBLIC_BASE_URL", config.gatewayUrl());
        }
        env.putAll(config.serviceEnv(module));
        return env;
    }

    /** The stack's generated signing keys and client secret, each to the service that needs it. */
    private void secretsEnvironment(Map<String, String> env) {
        switch (module) {
            case "notification-service" -> env.put("GONGJIAN_NOTIFICATION_RECEIPTS_LINK_SECRET", secrets().receiptLinkSecret());
            case "activity-service" -> env.put("GONGJIAN_ACTIVITY_CALENDAR_FEED_SECRET", secrets().calendarFeedSecret());
            case "gateway" -> env.put("GONGJIAN_GATEWAY_CLIENT_SECRET", secrets().gatewayClientSecret());
            case "registry-service" -> env.put("GONGJIAN_REGISTRY_ACCOUNTS_CLIENT_SECRET", secrets().accountsClientSecret());
            default -> { }
        }
    }

    private StackSecrets secrets() {
        return StackSecrets.of(config.baseDir());
    }

    /** The gateway's routes to the services when they run on other ports, and its web origin. */
    private void gatewayEnvironment(Map<String, String> env) {
        for (String service : List.of("registry", "pairing", "activity", "notification")) {
            String module = service + "-service";
            List<String> urls = config.instanceUrls(module);
            if (urls.size() > 1 || (!urls.isEmpty() && movedFromDefault(module))) {
                // several instances: the gateway takes them in turn and skips one that refuses the connection
                env.put("GONGJIAN_GATEWAY_SERVICES_" + service.toUpperCase(java.util.Locale.ROOT), String.join(",", urls));
            }
        }
        List<String> gateways = config.instanceUrls("gateway");
        if (gateways.size() > 1 || movedFromDefault("gateway")) {
            env.put("GONGJIAN_GATEWAY_CORS_ORIGINS", String.join(",", gateways));
        }
    }

    /** The confidential client of the web app's code flow, in {@code deploy/keycloak/gongjian-realm.json}. */
    static final String GATEWAY_CLIENT = "gongjian-gateway";

    /** The confidential client whose service account makes users from the register, in the same realm file. */
    static final String ACCOUNTS_CLIENT = "gongjian-accounts";

    private boolean movedFromDefault(String service) {
        return ServiceSpec.defaults().stream().filter(s -> s.name().equals(service))
                .noneMatch(s -> config.services().stream().anyMatch(c -> c.name().equals(service) && c.port() == s.port()));
    }

    /**
     * A service stops within seconds when asked (SIGTERM): its Kafka consumers leave their groups, so that its next
     * start, or another instance, takes their partitions over at once. One that does not stop in time is killed,
     * and its consumers then hold their partitions until Kafka drops them (the session timeout, 10 s).
     */
    @Override
    Duration stopGrace() {
        return SERVICE_STOP_GRACE;
    }

    static final Duration SERVICE_STOP_GRACE = Duration.ofSeconds(10);

    @Override
    boolean isReady() {
        return Http.status(managementEndpoint() + "/q/health/ready") == 200;
    }
}
