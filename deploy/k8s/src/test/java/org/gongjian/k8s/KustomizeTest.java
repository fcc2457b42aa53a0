package org.gongjian.k8s;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.node.ObjectNode;

class KustomizeTest {

    @TempDir
    Path dir;

    private void write(String file, String text) throws Exception {
        Files.createDirectories(dir.resolve(file).getParent());
        Files.writeString(dir.resolve(file), text);
    }

    @Test
    void rendersResourcesWithNamespaceImagesLabelsAndPatches() throws Exception {
        write("base/kustomization.yaml", "resources: [app.yaml]\nlabels: [{pairs: {part: g}}]\n");
        write("base/app.yaml", """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: app}
                spec:
                  replicas: 2
                  template:
                    spec:
                      containers:
                        - {name: app, image: "g/app:1", env: [{name: A, value: "1"}]}
                ---
                apiVersion: v1
                kind: Service
                metadata: {name: app}
                """);
        write("overlay/kustomization.yaml", """
                namespace: ns
                resources: [../base]
                images: [{name: g/app, newName: registry.example/g/app, newTag: "2"}]
                patches:
                  - target: {kind: Deployment}
                    patch: |-
                      - {op: replace, path: /spec/replicas, value: 5}
                  - patch: |-
                      kind: Deployment
                      metadata: {name: app}
                      spec:
                        template:
                          spec:
                            containers:
                              - {name: app, env: [{name: B, value: "2"}]}
                """);

        List<ObjectNode> objects = Kustomize.render(dir.resolve("overlay"));

        ObjectNode deployment = objects.get(0);
        assertThat(deployment.at("/metadata/namespace").asText()).isEqualTo("ns");
        assertThat(deployment.at("/metadata/labels/part").asText()).isEqualTo("g");
        assertThat(deployment.at("/spec/replicas").asInt()).isEqualTo(5);
        assertThat(deployment.at("/spec/template/spec/containers/0/image").asText())
                .isEqualTo("registry.example/g/app:2");
        assertThat(deployment.at("/spec/template/spec/containers/0/env").findValuesAsText("name"))
                .containsExactly("A", "B");
        assertThat(objects.get(1).at("/metadata/namespace").asText()).isEqualTo("ns");
    }

    @Test
    void refusesAFeatureItDoesNotRender() throws Exception {
        write("k/kustomization.yaml", "resources: []\nnamePrefix: x-\n");
        assertThatThrownBy(() -> Kustomize.render(dir.resolve("k"))).hasMessageContaining("namePrefix");
    }

    @Test
    void refusesAPatchThatMatchesNothingOrAPathThatDoesNotExist() throws Exception {
        write("k/kustomization.yaml", """
                resources: [a.yaml]
                patches: [{target: {kind: Service}, patch: "[{op: replace, path: /spec/x, value: 1}]"}]
                """);
        write("k/a.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\n");
        assertThatThrownBy(() -> Kustomize.render(dir.resolve("k"))).hasMessageContaining("matches no object");

        write("k/kustomization.yaml", """
                resources: [a.yaml]
                patches: [{target: {kind: ConfigMap}, patch: "[{op: replace, path: /data/x, value: 1}]"}]
                """);
        assertThatThrownBy(() -> Kustomize.render(dir.resolve("k"))).hasMessageContaining("/data/x");
    }
}
