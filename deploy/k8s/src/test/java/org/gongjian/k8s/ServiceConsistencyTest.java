package org.gongjian.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.gongjian.events.Topics;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The manifests agree with the services' own configuration: image, ports, probes, environment variables,
 * secrets, databases, topics and consumer groups; and with themselves on the site's public addresses.
 */
class ServiceConsistencyTest {

    private static final int QUARKUS_DEFAULT_MANAGEMENT_PORT = 9000;

    static Stream<Arguments> serviceInEachOverlay() {
        return OverlaysValidTest.overlays().flatMap(o -> Manifests.SERVICES.stream().map(s -> Arguments.of(o, s)));
    }

    private static ObjectNode deployment(List<ObjectNode> objects, String service) {
        return Manifests.find(objects, "Deployment", service)
                .orElseThrow(() -> new AssertionError("no Deployment " + service));
    }

    private static ObjectNode container(ObjectNode deployment, String service) {
        return Manifests.containers(deployment).stream().filter(c -> c.path("name").asText().equals(service))
                .findFirst().orElseThrow(() -> new AssertionError("no container " + service));
    }

    private static Map<String, JsonNode> env(ObjectNode container) {
        Map<String, JsonNode> env = new HashMap<>();
        container.path("env").forEach(e -> env.put(e.get("name").asText(), e));
        return env;
    }

    private static int port(ObjectNode container, String name) {
        for (JsonNode port : container.path("ports")) {
            if (port.path("name").asText().equals(name)) {
                return port.path("containerPort").asInt();
            }
        }
        throw new AssertionError("no port named " + name);
    }

    @ParameterizedTest
    @MethodSource("serviceInEachOverlay")
    void imageIsTheOneTheBuildMakes(Path overlay, String service) throws IOException {
        String image = container(deployment(Manifests.rendered(overlay), service), service).path("image").asText();
        String modulePom = Files.readString(Manifests.root().resolve(service).resolve("pom.xml"));
        String rootPom = Files.readString(Manifests.root().resolve("pom.xml"));

        assertThat(modulePom).contains("<artifactId>" + service + "</artifactId>");
        assertThat(rootPom).as("the images profile names images gongjian/<artifactId>")
                .contains("<image>${images.registry}gongjian/${project.artifactId}:${images.tag}</image>");
        assertThat(image.replaceFirst(":[^/:]+$", "")).endsWith("gongjian/" + service);
        if (overlay.endsWith("base")) {
            assertThat(image).isEqualTo("gongjian/" + service + ":0.1.0-SNAPSHOT");
            assertThat(rootPom).contains("<version>0.1.0-SNAPSHOT</version>");
        }
    }

    @ParameterizedTest
    @MethodSource("serviceInEachOverlay")
    void portsAndProbesAreTheServicesOwn(Path overlay, String service) {
        List<ObjectNode> objects = Manifests.rendered(overlay);
        ObjectNode deployment = deployment(objects, service);
        ObjectNode container = container(deployment, service);
        ServiceConfiguration config = new ServiceConfiguration(service);
        Map<String, JsonNode> env = env(container);

        int http = port(container, "http");
        String httpPort = env.containsKey("QUARKUS_HTTP_PORT") ? env.get("QUARKUS_HTTP_PORT").path("value").asText()
                : config.production("quarkus.http.port");
        assertThat(http).as("the container's http port is the one the service listens on").hasToString(httpPort);

        assertThat(config.production("quarkus.management.enabled")).isEqualTo("true");
        int management = port(container, "management");
        String managementPort = env.containsKey("QUARKUS_MANAGEMENT_PORT")
                ? env.get("QUARKUS_MANAGEMENT_PORT").path("value").asText()
                : String.valueOf(config.production("quarkus.management.port") == null ? QUARKUS_DEFAULT_MANAGEMENT_PORT
                        : config.production("quarkus.management.port"));
        assertThat(management).hasToString(managementPort);
        assertThat(deployment.at("/spec/template/metadata/annotations/prometheus.io~1port").asText())
                .isEqualTo(String.valueOf(management));

        assertThat(config.hasExtension("quarkus-smallrye-health")).isTrue();
        assertThat(config.production("quarkus.smallrye-health.root-path")).isNull();
        assertThat(config.production("quarkus.management.root-path")).isNull();
        assertThat(container.at("/readinessProbe/httpGet/path").asText()).isEqualTo("/q/health/ready");
        assertThat(container.at("/livenessProbe/httpGet/path").asText()).isEqualTo("/q/health/live");
        assertThat(container.at("/startupProbe/httpGet/path").asText()).isEqualTo("/q/health/started");
        for (String probe : List.of("readinessProbe", "livenessProbe", "startupProbe")) {
            assertThat(container.path(probe).path("httpGet").path("port").asText()).as(probe).isEqualTo("management");
        }

        ObjectNode svc = Manifests.find(objects, "Service", service).orElseThrow();
        assertThat(svc.findValuesAsText("targetPort")).containsOnly("http");
        assertThat(svc.findValuesAsText("port")).doesNotContain(String.valueOf(management));
    }

    @ParameterizedTest
    @MethodSource("serviceInEachOverlay")
    void runsAsNonRootOnAReadOnlyRootWithAWritableTmp(Path overlay, String service) {
        ObjectNode deployment = deployment(Manifests.rendered(overlay), service);
        ObjectNode container = container(deployment, service);

        assertThat(deployment.at("/spec/template/spec/securityContext/runAsNonRoot").asBoolean()).isTrue();
        assertThat(container.at("/securityContext/readOnlyRootFilesystem").asBoolean()).isTrue();
        assertThat(container.at("/securityContext/allowPrivilegeEscalation").asBoolean(true)).isFalse();
        assertThat(container.path("volumeMounts").findValuesAsText("mountPath")).contains("/tmp");
        assertThat(deployment.at("/spec/template/spec/volumes").findValues("emptyDir")).isNotEmpty();
        assertThat(container.at("/resources/limits/memory").asText()).isNotEmpty();
    }

    @ParameterizedTest
    @MethodSource("serviceInEachOverlay")
    void everyEnvironmentVariableMeansSomethingToTheService(Path overlay, String service) {
        List<ObjectNode> objects = Manifests.rendered(overlay);
        ObjectNode container = container(deployment(objects, service), service);
        ServiceConfiguration config = new ServiceConfiguration(service);

        List<String> variables = new ArrayList<>(env(container).keySet());
        for (JsonNode source : container.path("envFrom")) {
            String configMap = source.path("configMapRef").path("name").asText();
            Manifests.find(objects, "ConfigMap", configMap).orElseThrow(() -> new AssertionError(
                    service + " reads the missing ConfigMap " + configMap)).path("data").fieldNames()
                    .forEachRemaining(variables::add);
        }
        List<String> meaningless = variables.stream().filter(v -> config.meaning(v) == null).toList();
        assertThat(meaningless).as("variables that %s does not read", service).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("serviceInEachOverlay")
    void productionSecretsComeFromSecretsAndConfigMapReferencesExist(Path overlay, String service) {
        List<ObjectNode> objects = Manifests.rendered(overlay);
        Map<String, JsonNode> env = env(container(deployment(objects, service), service));

        for (String variable : new ServiceConfiguration(service).productionSecrets()) {
            assertThat(env).as("%s sets %s", service, variable).containsKey(variable);
            assertThat(env.get(variable).at("/valueFrom/secretKeyRef/name").asText())
                    .as("%s comes from a Secret", variable).isNotEmpty();
        }
        for (String variable : List.of("QUARKUS_DATASOURCE_PASSWORD", "QUARKUS_MAILER_PASSWORD")) {
            if (env.containsKey(variable)) {
                assertThat(env.get(variable).has("value")).as(variable + " is never written inline").isFalse();
            }
        }
        for (JsonNode e : env.values()) {
            JsonNode ref = e.at("/valueFrom/configMapKeyRef");
            if (!ref.isMissingNode()) {
                ObjectNode configMap = Manifests.find(objects, "ConfigMap", ref.path("name").asText()).orElseThrow();
                assertThat(configMap.path("data").has(ref.path("key").asText()))
                        .as("%s reads %s of ConfigMap %s", service, ref.path("key"), ref.path("name")).isTrue();
            }
        }
    }

    @ParameterizedTest
    @MethodSource("serviceInEachOverlay")
    void theDatabaseIsAPostgresDatabaseOfTheCluster(Path overlay, String service) {
        List<ObjectNode> objects = Manifests.rendered(overlay);
        Map<String, JsonNode> env = env(container(deployment(objects, service), service));
        ServiceConfiguration config = new ServiceConfiguration(service);
        if (!config.hasExtension("quarkus-jdbc-postgresql")) {
            assertThat(env).doesNotContainKey("QUARKUS_DATASOURCE_JDBC_URL");
            return;
        }
        URI url = URI.create(env.get("QUARKUS_DATASOURCE_JDBC_URL").path("value").asText().substring("jdbc:".length()));
        String database = url.getPath().substring(1);
        String user = env.get("QUARKUS_DATASOURCE_USERNAME").at("/valueFrom/secretKeyRef/name").asText();

        ObjectNode cluster = Manifests.find(objects, "Cluster", url.getHost().replaceFirst("-rw$", ""))
                .orElseThrow(() -> new AssertionError("no CloudNativePG cluster behind " + url.getHost()));
        assertThat(url.getHost()).endsWith("-rw");
        assertThat(url.getPort()).isEqualTo(5432);
        Map<String, String> owners = new HashMap<>();
        JsonNode initdb = cluster.at("/spec/bootstrap/initdb");
        owners.put(initdb.path("database").asText(), initdb.path("secret").path("name").asText());
        Map<String, String> roleSecrets = new HashMap<>();
        cluster.at("/spec/managed/roles").forEach(r -> roleSecrets.put(r.path("name").asText(),
                r.path("passwordSecret").path("name").asText()));
        for (ObjectNode db : Manifests.ofKind(objects, "Database")) {
            if (db.at("/spec/cluster/name").asText().equals(cluster.at("/metadata/name").asText())) {
                owners.put(db.at("/spec/name").asText(), roleSecrets.get(db.at("/spec/owner").asText()));
            }
        }
        assertThat(owners).as("database %s, owned by the role whose Secret the service logs in with", database)
                .containsEntry(database, user);
        assertThat(env.get("QUARKUS_DATASOURCE_PASSWORD").at("/valueFrom/secretKeyRef/name").asText()).isEqualTo(user);
    }

    static Stream<Path> overlays() {
        return OverlaysValidTest.overlays();
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyTopicAndDeadLetterTopicExists(Path overlay) throws IllegalAccessException {
        List<ObjectNode> objects = Manifests.rendered(overlay);
        Set<String> topics = new TreeSet<>(Manifests.ofKind(objects, "KafkaTopic").stream()
                .map(t -> t.at("/metadata/name").asText()).toList());

        Set<String> needed = new TreeSet<>();
        for (Field field : Topics.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                String topic = (String) field.get(null);
                needed.add(topic);
                needed.add(Topics.deadLetter(topic));
            }
        }
        for (String service : Manifests.SERVICES) {
            new ServiceConfiguration(service).incomingTopics().forEach((topic, deadLetter) -> {
                needed.add(topic);
                assertThat(deadLetter).as("%s sends unreadable records of %s to a dead-letter topic", service, topic)
                        .isNotNull();
                needed.add(deadLetter);
            });
        }
        assertThat(topics).containsAll(needed);
        for (ObjectNode topic : Manifests.ofKind(objects, "KafkaTopic")) {
            assertThat(topic.at("/spec/config/retention.ms").asLong()).as(Manifests.describe(topic)).isPositive();
            assertThat(topic.at("/metadata/labels/strimzi.io~1cluster").asText())
                    .isEqualTo(Manifests.ofKind(objects, "Kafka").get(0).at("/metadata/name").asText());
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void consumersScaleOnTheLagOfTheirOwnGroupAndTopics(Path overlay) {
        List<ObjectNode> objects = Manifests.rendered(overlay);
        String bootstrap = Manifests.find(objects, "ConfigMap", "gongjian-common").orElseThrow()
                .at("/data/KAFKA_BOOTSTRAP_SERVERS").asText();
        Map<String, Integer> partitions = new HashMap<>();
        Manifests.ofKind(objects, "KafkaTopic").forEach(t -> partitions.put(t.at("/metadata/name").asText(),
                t.at("/spec/partitions").asInt()));

        for (String service : Manifests.SERVICES) {
            ServiceConfiguration config = new ServiceConfiguration(service);
            Set<String> consumed = config.incomingTopics().keySet();
            var scaledObject = Manifests.find(objects, "ScaledObject", service);
            var hpa = Manifests.find(objects, "HorizontalPodAutoscaler", service);
            if (consumed.isEmpty()) {
                assertThat(scaledObject).as("%s consumes nothing", service).isEmpty();
                assertThat(hpa).as("%s scales on CPU", service).isPresent();
                continue;
            }
            assertThat(hpa).as("KEDA owns the autoscaler of %s", service).isEmpty();
            ObjectNode so = scaledObject.orElseThrow(() -> new AssertionError(service + " has no ScaledObject"));
            assertThat(so.at("/spec/scaleTargetRef/name").asText()).isEqualTo(service);
            Set<String> lagTopics = new LinkedHashSet<>();
            boolean cpu = false;
            for (JsonNode trigger : so.at("/spec/triggers")) {
                if (trigger.path("type").asText().equals("cpu")) {
                    cpu = true;
                    continue;
                }
                assertThat(trigger.path("type").asText()).isEqualTo("kafka");
                assertThat(trigger.at("/metadata/consumerGroup").asText())
                        .isEqualTo(config.consumerGroup());
                assertThat(trigger.at("/metadata/bootstrapServers").asText()).isEqualTo(bootstrap);
                lagTopics.add(trigger.at("/metadata/topic").asText());
            }
            assertThat(cpu).as("%s also scales on CPU", service).isTrue();
            assertThat(lagTopics).containsExactlyInAnyOrderElementsOf(consumed);
            int fewest = consumed.stream().mapToInt(t -> partitions.getOrDefault(t, 0)).min().orElseThrow();
            assertThat(so.at("/spec/maxReplicaCount").asInt()).as("more consumers than partitions idle")
                    .isLessThanOrEqualTo(fewest);
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everySecretKeyReadIsDocumented(Path overlay) throws IOException {
        List<ObjectNode> objects = Manifests.rendered(overlay);
        String readme = Files.readString(Manifests.k8s().resolve("README.md"));
        Set<String> references = new TreeSet<>();
        for (ObjectNode object : objects) {
            object.findParents("secretKeyRef").forEach(p -> references.add(p.at("/secretKeyRef/name").asText() + " "
                    + p.at("/secretKeyRef/key").asText()));
            for (String field : List.of("usernameSecret", "passwordSecret")) {
                object.findValues(field).stream().filter(v -> v.has("key")).forEach(v -> references.add(
                        v.path("name").asText() + " " + v.path("key").asText()));
            }
            object.findValues("placeholders").forEach(p -> p.forEach(ph -> references.add(
                    ph.at("/secret/name").asText() + " " + ph.at("/secret/key").asText())));
            // CloudNativePG reads username and password of a basic-auth Secret
            object.findParents("passwordSecret").forEach(p -> references.add(
                    p.at("/passwordSecret/name").asText() + " password"));
            object.at("/spec/bootstrap/initdb/secret").forEach(n -> references.add(n.asText() + " password"));
        }
        for (String reference : references) {
            String secret = reference.substring(0, reference.indexOf(' '));
            String key = reference.substring(reference.indexOf(' ') + 1);
            String row = readme.lines().filter(l -> l.startsWith("| `" + secret + "`")
                    || l.startsWith("| `" + secret.replaceFirst("^gongjian-db-\\w+$", "gongjian-db-<database>") + "`"))
                    .findFirst().orElse("");
            assertThat(row).as("README.md documents Secret %s", secret).isNotEmpty();
            assertThat(row).as("README.md documents key %s of Secret %s", key, secret).contains("`" + key + "`");
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void thePublicAddressesAgree(Path overlay) {
        List<ObjectNode> objects = Manifests.rendered(overlay);
        JsonNode site = Manifests.find(objects, "ConfigMap", "gongjian-site").orElseThrow().path("data");
        JsonNode common = Manifests.find(objects, "ConfigMap", "gongjian-common").orElseThrow().path("data");
        String publicUrl = site.path("public-url").asText();
        String ssoUrl = site.path("sso-url").asText();
        String issuer = ssoUrl + "/realms/gongjian";

        assertThat(publicUrl).startsWith("https://");
        assertThat(ssoUrl).startsWith("https://");
        assertThat(Manifests.find(objects, "Ingress", "gateway").orElseThrow().findValuesAsText("host"))
                .containsOnly(URI.create(publicUrl).getHost());
        assertThat(Manifests.find(objects, "Ingress", "gongjian-sso").orElseThrow().findValuesAsText("host"))
                .containsOnly(URI.create(ssoUrl).getHost());
        ObjectNode keycloak = Manifests.ofKind(objects, "Keycloak").get(0);
        assertThat(keycloak.at("/spec/hostname/hostname").asText()).isEqualTo(ssoUrl);
        assertThat(common.path("QUARKUS_OIDC_TOKEN_ISSUER").asText()).isEqualTo(issuer);
        assertThat(common.path("QUARKUS_OIDC_AUTH_SERVER_URL").asText()).isEqualTo("http://"
                + keycloak.at("/metadata/name").asText() + "-service:" + keycloak.at("/spec/http/httpPort").asInt()
                + "/realms/gongjian");
        assertThat(site.path("sso-end-session-url").asText()).isEqualTo(issuer + "/protocol/openid-connect/logout");

        ObjectNode realmImport = Manifests.ofKind(objects, "KeycloakRealmImport").get(0);
        assertThat(realmImport.at("/spec/keycloakCRName").asText()).isEqualTo(keycloak.at("/metadata/name").asText());
        JsonNode gateway = null;
        for (JsonNode client : realmImport.at("/spec/realm/clients")) {
            if (client.path("clientId").asText().equals("gongjian-gateway")) {
                gateway = client;
            }
        }
        assertThat(gateway).isNotNull();
        assertThat(gateway.path("redirectUris").findValuesAsText("")).isEmpty();
        assertThat(gateway.path("redirectUris").get(0).asText()).isEqualTo(publicUrl + "/*");
        assertThat(gateway.path("webOrigins").get(0).asText()).isEqualTo(publicUrl);
        assertThat(gateway.at("/attributes/post.logout.redirect.uris").asText()).isEqualTo(publicUrl + "/*");
    }
}
