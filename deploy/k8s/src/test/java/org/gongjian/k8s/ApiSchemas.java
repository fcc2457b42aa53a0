package org.gongjian.k8s;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.topic.KafkaTopic;

/**
 * Checks each object against the API of its kind.
 * <ul>
 * <li>Kubernetes' own kinds: read into fabric8's kubernetes-model types (generated from Kubernetes' OpenAPI
 * document), and Strimzi's kinds into Strimzi's API types (from which its CRDs are generated), refusing any field
 * the type does not have and any scalar of the wrong type (a number where Kubernetes wants a string, and so on);</li>
 * <li>CloudNativePG, the Keycloak operator and KEDA: the JSON Schemas in {@code deploy/k8s/schemas/}, and the
 * realm of a {@code KeycloakRealmImport} read into Keycloak's own {@code RealmRepresentation}.</li>
 * </ul>
 */
final class ApiSchemas {

    private static final Map<String, Class<?>> TYPES = Map.ofEntries(
            Map.entry("v1/ConfigMap", ConfigMap.class),
            Map.entry("v1/Service", Service.class),
            Map.entry("v1/ServiceAccount", ServiceAccount.class),
            Map.entry("apps/v1/Deployment", Deployment.class),
            Map.entry("autoscaling/v2/HorizontalPodAutoscaler", HorizontalPodAutoscaler.class),
            Map.entry("policy/v1/PodDisruptionBudget", PodDisruptionBudget.class),
            Map.entry("networking.k8s.io/v1/NetworkPolicy", NetworkPolicy.class),
            Map.entry("networking.k8s.io/v1/Ingress", Ingress.class),
            Map.entry("kafka.strimzi.io/v1beta2/Kafka", Kafka.class),
            Map.entry("kafka.strimzi.io/v1beta2/KafkaNodePool", KafkaNodePool.class),
            Map.entry("kafka.strimzi.io/v1beta2/KafkaTopic", KafkaTopic.class));

    /** Schema files in deploy/k8s/schemas, by apiVersion/kind. */
    private static final Map<String, String> SCHEMAS = Map.of(
            "postgresql.cnpg.io/v1/Cluster", "cloudnative-pg/cluster.json",
            "postgresql.cnpg.io/v1/Database", "cloudnative-pg/database.json",
            "k8s.keycloak.org/v2alpha1/Keycloak", "keycloak-operator/keycloak.json",
            "k8s.keycloak.org/v2alpha1/KeycloakRealmImport", "keycloak-operator/keycloakrealmimport.json",
            "keda.sh/v1alpha1/ScaledObject", "keda/scaledobject.json");

    private static final ObjectMapper STRICT = strictMapper();
    private static final JsonSchemaFactory SCHEMA_FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7);

    private ApiSchemas() {
    }

    static Set<String> knownKinds() {
        return Set.copyOf(new java.util.HashSet<>(List.of(TYPES.keySet(), SCHEMAS.keySet()).stream()
                .flatMap(Set::stream).toList()));
    }

    /** What is wrong with the object for its API; empty when it is valid. */
    static List<String> problems(JsonNode object) {
        String key = object.path("apiVersion").asText() + "/" + object.path("kind").asText();
        String where = Manifests.describe(object) + ": ";
        if (object.path("metadata").path("name").asText().isEmpty()) {
            return List.of(where + "metadata.name is missing");
        }
        if (TYPES.containsKey(key)) {
            try {
                STRICT.treeToValue(object, TYPES.get(key));
                return List.of();
            } catch (IOException e) {
                return List.of(where + e.getMessage().lines().findFirst().orElse("") + " at "
                        + (e instanceof com.fasterxml.jackson.databind.JsonMappingException m ? m.getPathReference()
                                : ""));
            }
        }
        if (SCHEMAS.containsKey(key)) {
            Set<ValidationMessage> messages = schema(SCHEMAS.get(key)).validate(object);
            List<String> problems = new java.util.ArrayList<>(
                    messages.stream().map(m -> where + m.getMessage()).sorted().toList());
            if (object.path("kind").asText().equals("KeycloakRealmImport")) {
                problems.addAll(realmProblems(object.path("spec").path("realm")).stream()
                        .map(p -> where + p).toList());
            }
            return problems;
        }
        return List.of(where + "no schema for " + key + " (known: " + knownKinds().stream().sorted()
                .collect(Collectors.joining(", ")) + ")");
    }

    /** The realm read into Keycloak's RealmRepresentation, as the operator and Keycloak's import read it. */
    static List<String> realmProblems(JsonNode realm) {
        try {
            STRICT.treeToValue(realm, org.keycloak.representations.idm.RealmRepresentation.class);
            return List.of();
        } catch (IOException e) {
            return List.of("spec.realm: " + e.getMessage().lines().findFirst().orElse(""));
        }
    }

    static JsonSchema schema(String file) {
        Path path = Manifests.k8s().resolve("schemas").resolve(file);
        try (InputStream in = Files.newInputStream(path)) {
            return SCHEMA_FACTORY.getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectMapper strictMapper() {
        JsonMapper mapper = JsonMapper.builder()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                // The API types keep unknown fields in a map (@JsonAnySetter); here an unknown field is an error
                .annotationIntrospector(new JacksonAnnotationIntrospector() {
                    @Override
                    public Boolean hasAnySetter(Annotated a) {
                        return Boolean.FALSE;
                    }
                })
                .build();
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        return mapper;
    }
}
