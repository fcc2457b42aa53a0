package org.gongjian.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** The validation refuses what a cluster would refuse: it is not a test that cannot fail. */
class ApiSchemasTest {

    private static ObjectNode yaml(String text) throws Exception {
        return (ObjectNode) Kustomize.YAML.readTree(text);
    }

    @Test
    void aMisspelledFieldOfADeploymentIsRefused() throws Exception {
        ObjectNode deployment = yaml("""
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: x}
                spec:
                  selector: {matchLabels: {a: b}}
                  template:
                    metadata: {labels: {a: b}}
                    spec:
                      containers:
                        - name: x
                          image: x
                          readinessProbe: {httpGet: {path: /q/health/ready, port: 9000}, periodSecond: 5}
                """);
        assertThat(ApiSchemas.problems(deployment)).singleElement().asString().contains("periodSecond");
    }

    @Test
    void aNumberWhereKubernetesWantsAStringIsRefused() throws Exception {
        ObjectNode configMap = yaml("""
                apiVersion: v1
                kind: ConfigMap
                metadata: {name: x}
                data: {PORT: 8080}
                """);
        assertThat(ApiSchemas.problems(configMap)).hasSize(1);
    }

    @Test
    void aStrimziTopicWithAnUnknownFieldIsRefused() throws Exception {
        ObjectNode topic = yaml("""
                apiVersion: kafka.strimzi.io/v1beta2
                kind: KafkaTopic
                metadata: {name: t}
                spec: {partitions: 3, replicas: 3, retention: 7d}
                """);
        assertThat(ApiSchemas.problems(topic)).singleElement().asString().contains("retention");
    }

    @Test
    void aScaledObjectWithANumericTriggerValueIsRefused() throws Exception {
        ObjectNode scaledObject = yaml("""
                apiVersion: keda.sh/v1alpha1
                kind: ScaledObject
                metadata: {name: s}
                spec:
                  scaleTargetRef: {name: d}
                  triggers: [{type: kafka, metadata: {lagThreshold: 100}}]
                """);
        assertThat(ApiSchemas.problems(scaledObject)).isNotEmpty();
    }

    @Test
    void aRealmWithAnUnknownSettingIsRefused() throws Exception {
        assertThat(ApiSchemas.realmProblems(yaml("{realm: g, bruteForceProtection: true}"))).hasSize(1);
        assertThat(ApiSchemas.realmProblems(yaml("{realm: g, bruteForceProtected: true}"))).isEmpty();
    }

    @Test
    void aKindWithoutSchemaIsRefused() throws Exception {
        assertThat(ApiSchemas.problems(yaml("{apiVersion: v1, kind: Pod, metadata: {name: p}}"))).hasSize(1);
    }
}
