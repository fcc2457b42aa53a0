package org.gongjian.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every schema file, event schemas and shared definitions alike, is a valid draft 2020-12 schema. */
class SchemaFilesTest {

    private static final ObjectMapper JSON = EventJson.newObjectMapper();

    /** Classpath resources of all schema files, e.g. {@code /schemas/defs/common.json}. */
    static List<String> schemaResources() throws IOException, URISyntaxException {
        Path root = Path.of(EventTypes.class.getResource("/schemas").toURI());
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".json"))
                    .map(p -> "/schemas/" + root.relativize(p).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        }
    }

    @ParameterizedTest
    @MethodSource("schemaResources")
    void isAValidDraft202012SchemaWhoseIdIsItsClasspathLocation(String resource) throws IOException {
        JsonNode schema;
        try (InputStream in = EventTypes.class.getResourceAsStream(resource)) {
            schema = JSON.readTree(in);
        }

        assertThat(Schemas.load(Schemas.META_SCHEMA).validate(schema)).isEmpty();
        assertThat(schema.path("$schema").asText()).isEqualTo(Schemas.META_SCHEMA);
        assertThat(schema.path("$id").asText()).isEqualTo("classpath:" + resource);
    }

    @ParameterizedTest
    @MethodSource("schemaResources")
    void resolvesEveryReferenceFromTheClasspath(String resource) {
        // initializeValidators in Schemas.load follows every $ref and fails on one it cannot load
        assertThat(Schemas.load("classpath:" + resource)).isNotNull();
    }
}
