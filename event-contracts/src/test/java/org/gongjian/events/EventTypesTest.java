package org.gongjian.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.gongjian.events.pairing.PairingActivated;
import org.junit.jupiter.api.Test;

class EventTypesTest {

    private static final List<String> EXPECTED = List.of(
            "organization.registered.v1", "organization.updated.v1", "organization.dissolved.v1",
            "pairing.proposed.v1", "pairing.updated.v1", "pairing.activated.v1", "pairing.rejected.v1",
            "pairing.suspended.v1", "pairing.resumed.v1", "pairing.concluded.v1", "pairing.evaluated.v1",
            "pairing.evaluation-requested.v1",
            "launch.held.v1",
            "demand.raised.v1", "demand.accepted.v1", "demand.resolved.v1", "demand.rejected.v1",
            "demand.due-soon.v1", "demand.overdue.v1",
            "activity.scheduled.v1", "activity.rescheduled.v1", "activity.cancelled.v1", "activity.held.v1",
            "activity.confirmed.v1", "activity.corrected.v1", "activity.disputed.v1", "activity.dispute-resolved.v1",
            "cadence.at-risk.v1", "cadence.missed.v1");

    @Test
    void definesExactlyThePublishedEventTypes() {
        assertThat(EventTypes.all()).extracting(EventType::type).containsExactlyElementsOf(EXPECTED);
    }

    @Test
    void typeNamesAreAggregateDotVerbDotVersion() {
        assertThat(EventTypes.all()).extracting(EventType::type)
                .allMatch(t -> t.matches("[a-z]+(-[a-z]+)*\\.[a-z]+(-[a-z]+)*\\.v[1-9][0-9]*"));
    }

    @Test
    void eachTopicCarriesTheEventsOfItsAggregates() {
        assertThat(EventTypes.onTopic(Topics.ORGANIZATION)).extracting(EventType::aggregateType)
                .containsOnly("organization").hasSize(3);
        assertThat(EventTypes.onTopic(Topics.PAIRING)).extracting(EventType::aggregateType)
                .containsOnly("pairing", "launch").hasSize(10);
        assertThat(EventTypes.onTopic(Topics.DEMAND)).extracting(EventType::aggregateType)
                .containsOnly("demand").hasSize(6);
        assertThat(EventTypes.onTopic(Topics.ACTIVITY)).extracting(EventType::aggregateType)
                .containsOnly("activity").hasSize(8);
        assertThat(EventTypes.onTopic(Topics.CADENCE)).extracting(EventType::aggregateType)
                .containsOnly("cadence").hasSize(2);
        assertThat(EventTypes.onTopic("gongjian.somewhere.else")).isEmpty();
    }

    @Test
    void looksUpAKnownType() {
        assertThat(EventTypes.classOf("pairing.activated.v1")).contains(PairingActivated.class);
        assertThat(EventTypes.topicOf("pairing.activated.v1")).contains(Topics.PAIRING);
        assertThat(EventTypes.schemaResource("pairing.activated.v1")).isEqualTo("/schemas/pairing.activated.v1.json");
        assertThat(EventTypes.require("launch.held.v1").aggregateType()).isEqualTo("launch");
        assertThat(EventTypes.isKnown("cadence.missed.v1")).isTrue();
    }

    @Test
    void unknownTypeIsEmptyOrAClearException() {
        assertThat(EventTypes.find("pairing.activated.v2")).isEmpty();
        assertThat(EventTypes.find(null)).isEmpty();
        assertThat(EventTypes.classOf("pairing.approved.v1")).isEmpty();
        assertThat(EventTypes.isKnown("pairing.approved.v1")).isFalse();
        assertThatThrownBy(() -> EventTypes.schemaResource("pairing.approved.v1"))
                .isInstanceOf(UnknownEventTypeException.class)
                .hasMessageContaining("pairing.approved.v1");
    }

    @Test
    void everySchemaFileBelongsToAKnownType() throws IOException, URISyntaxException {
        Path schemas = Path.of(EventTypes.class.getResource("/schemas").toURI());
        try (Stream<Path> files = Files.list(schemas)) {
            List<String> types = files.filter(Files::isRegularFile)
                    .map(p -> p.getFileName().toString().replaceFirst("\\.json$", ""))
                    .toList();
            assertThat(types).containsExactlyInAnyOrderElementsOf(EXPECTED);
        }
    }
}
