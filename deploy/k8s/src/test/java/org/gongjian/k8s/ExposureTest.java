package org.gongjian.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Only the gateway (and Keycloak's login pages) can be reached from outside the cluster. */
class ExposureTest {

    static java.util.stream.Stream<Path> overlays() {
        return OverlaysValidTest.overlays();
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void onlyTheGatewayAndKeycloakHaveAnIngressAndNoServiceLeavesTheCluster(Path overlay) {
        List<ObjectNode> objects = Manifests.rendered(overlay);

        assertThat(Manifests.ofKind(objects, "Ingress")).flatMap(i -> i.findValues("service").stream()
                .map(s -> s.path("name").asText()).toList()).containsOnly("gateway", "gongjian-sso-service");
        assertThat(Manifests.ofKind(objects, "Service")).allSatisfy(s -> assertThat(s.at("/spec/type").asText(
                "ClusterIP")).isEqualTo("ClusterIP"));
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyServicePodIsDeniedByDefaultAndOpenOnlyToWhatItServes(Path overlay) {
        List<ObjectNode> objects = Manifests.rendered(overlay);
        ObjectNode deny = Manifests.find(objects, "NetworkPolicy", "gongjian-default-deny").orElseThrow();
        assertThat(deny.path("spec").has("ingress")).isFalse();
        assertThat(deny.path("spec").has("egress")).isFalse();
        assertThat(deny.at("/spec/policyTypes").toString()).contains("Ingress", "Egress");

        for (String service : Manifests.SERVICES) {
            ObjectNode deployment = Manifests.find(objects, "Deployment", service).orElseThrow();
            String component = deployment.at("/spec/template/metadata/labels/app.kubernetes.io~1component").asText();
            assertThat(deny.at("/spec/podSelector/matchExpressions/0/values").toString()).contains(component);

            ObjectNode policy = Manifests.find(objects, "NetworkPolicy", service).orElseThrow();
            assertThat(policy.at("/spec/podSelector/matchLabels/app.kubernetes.io~1name").asText()).isEqualTo(service);
            for (JsonNode rule : policy.at("/spec/ingress")) {
                boolean toManagement = rule.path("ports").findValuesAsText("port").equals(List.of("9000"));
                JsonNode from = rule.path("from").get(0);
                if (toManagement) {
                    assertThat(from.at("/namespaceSelector/matchLabels/kubernetes.io~1metadata.name").asText())
                            .isEqualTo("monitoring");
                } else if (service.equals("gateway")) {
                    assertThat(from.at("/namespaceSelector/matchLabels/kubernetes.io~1metadata.name").asText())
                            .isEqualTo("ingress-nginx");
                } else {
                    assertThat(from.at("/podSelector/matchLabels/app.kubernetes.io~1name").asText())
                            .isEqualTo("gateway");
                }
            }
            assertThat(policy.at("/spec/egress").findValuesAsText("cidr")).as("%s reaches outside", service)
                    .allSatisfy(cidr -> assertThat(service).isEqualTo("notification-service"));
        }
    }
}
