package org.gongjian.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Every overlay renders, and every object it renders is valid for its API. */
class OverlaysValidTest {

    static Stream<Path> overlays() {
        return Stream.concat(Stream.of(Manifests.k8s().resolve("base")), Manifests.overlays().stream());
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyObjectIsValidForItsApi(Path overlay) {
        List<ObjectNode> objects = Manifests.rendered(overlay);

        assertThat(objects).hasSizeGreaterThan(30);
        List<String> problems = objects.stream().flatMap(o -> ApiSchemas.problems(o).stream()).toList();
        assertThat(problems).as("objects of %s that their API would refuse", overlay).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void namesAreUniquePerKind(Path overlay) {
        Set<String> seen = new HashSet<>();
        for (ObjectNode object : Manifests.rendered(overlay)) {
            assertThat(seen.add(Manifests.describe(object))).as("%s twice", Manifests.describe(object)).isTrue();
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyObjectOfAnOverlayHasItsNamespace(Path overlay) {
        if (overlay.endsWith("base")) {
            return;
        }
        assertThat(Manifests.rendered(overlay)).allSatisfy(o -> assertThat(o.path("metadata").path("namespace")
                .asText()).as(Manifests.describe(o)).isNotEmpty());
    }
}
