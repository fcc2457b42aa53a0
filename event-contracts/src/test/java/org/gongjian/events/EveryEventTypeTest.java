package org.gongjian.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What must hold for every event type in {@link EventTypes}: a type added without a schema, a sample or a
 * matching record fails here.
 */
class EveryEventTypeTest {

    private static final ObjectMapper JSON = EventJson.newObjectMapper();

    static Stream<Named<EventType>> eventTypes() {
        return EventTypes.all().stream().map(t -> Named.of(t.type(), t));
    }

    @ParameterizedTest
    @MethodSource("eventTypes")
    void hasASchemaFileWhoseIdIsItsClasspathLocation(EventType type) throws IOException {
        try (InputStream in = EventTypes.class.getResourceAsStream(type.schemaResource())) {
            assertThat(in).as("schema %s", type.schemaResource()).isNotNull();
            JsonNode schema = JSON.readTree(in);
            assertThat(schema.path("$schema").asText()).isEqualTo(Schemas.META_SCHEMA);
            assertThat(schema.path("$id").asText()).isEqualTo("classpath:" + type.schemaResource());
            assertThat(schema.path("title").asText()).isEqualTo(type.type());
            assertThat(schema.path("additionalProperties").asBoolean()).isTrue();
        }
    }

    @ParameterizedTest
    @MethodSource("eventTypes")
    void sampleWrittenByEventJsonValidatesAgainstItsSchema(EventType type) throws IOException {
        String json = EventJson.write(SampleEvents.of(type.type()));

        assertThat(Schemas.validate(type.type(), JSON.readTree(json))).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("eventTypes")
    void sampleReadsBackEqualWithChineseTextUnchanged(EventType type) {
        GongjianEvent sample = SampleEvents.of(type.type());

        String json = EventJson.write(sample);
        GongjianEvent fromText = EventJson.read(type.type(), json);
        GongjianEvent fromBytes = EventJson.read(type.type(), EventJson.writeBytes(sample));

        assertThat(fromText).isEqualTo(sample).isInstanceOf(type.eventClass());
        assertThat(fromBytes).isEqualTo(sample);
        assertThat(new String(EventJson.writeBytes(sample), StandardCharsets.UTF_8)).isEqualTo(json);
        assertThat(json).doesNotContain("\\u");
        if (!type.aggregateType().equals("cadence")) {
            assertThat(json).containsPattern("[\\u4e00-\\u9fff]");
        }
    }

    @ParameterizedTest
    @MethodSource("eventTypes")
    void recordDeclaresTheTypeTopicAndAggregateOfTheRegistry(EventType type) throws ReflectiveOperationException {
        var typeField = type.eventClass().getField("TYPE");
        assertThat(Modifier.isStatic(typeField.getModifiers()) && Modifier.isFinal(typeField.getModifiers())).isTrue();
        assertThat(typeField.get(null)).isEqualTo(type.type());

        GongjianEvent sample = SampleEvents.of(type.type());
        assertThat(sample.getClass()).isEqualTo(type.eventClass());
        assertThat(sample.type()).isEqualTo(type.type());
        assertThat(sample.topic()).isEqualTo(type.topic());
        assertThat(sample.aggregateType()).isEqualTo(type.aggregateType());
        assertThat(sample.district()).isEqualTo(SampleEvents.DISTRICT);
        assertThat(UUID.fromString(sample.subject())).isEqualTo(expectedSubject(type));
    }

    @ParameterizedTest
    @MethodSource("eventTypes")
    void jsonHoldsExactlyTheRecordComponentsAndNoDerivedProperties(EventType type) {
        GongjianEvent sample = SampleEvents.of(type.type());

        assertKeysAreComponents(sample, JSON.valueToTree(sample), type.type());
    }

    private static UUID expectedSubject(EventType type) {
        return switch (type.aggregateType()) {
            case "organization" -> SampleEvents.ENTERPRISE;
            case "pairing", "cadence" -> SampleEvents.PAIRING;
            case "launch" -> SampleEvents.LAUNCH;
            case "demand" -> SampleEvents.DEMAND;
            case "activity" -> SampleEvents.ACTIVITY;
            default -> throw new AssertionError("No expected subject for aggregate " + type.aggregateType());
        };
    }

    private static void assertKeysAreComponents(Object value, JsonNode node, String path) {
        if (value instanceof Record record) {
            RecordComponent[] components = record.getClass().getRecordComponents();
            List<String> names = Stream.of(components).map(RecordComponent::getName).toList();
            assertThat(node.fieldNames()).toIterable().as(path).containsExactlyElementsOf(names);
            for (RecordComponent component : components) {
                try {
                    Object child = component.getAccessor().invoke(record);
                    assertKeysAreComponents(child, node.get(component.getName()), path + "." + component.getName());
                } catch (ReflectiveOperationException e) {
                    throw new AssertionError(e);
                }
            }
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                assertKeysAreComponents(list.get(i), node.get(i), path + "[" + i + "]");
            }
        }
    }
}
