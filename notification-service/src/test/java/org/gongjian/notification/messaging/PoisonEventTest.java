package org.gongjian.notification.messaging;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.gongjian.events.CloudEventAttributes;
import org.gongjian.events.Topics;
import org.gongjian.events.cadence.CadenceMissed;
import org.gongjian.events.cadence.CadencePeriodSnapshot;
import org.gongjian.notification.Fixtures;
import org.gongjian.notification.Inboxes;
import org.gongjian.notification.Projections;
import org.gongjian.testing.KafkaTopics;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A record no one can read goes to the dead-letter topic, and the events after it are still processed. */
@QuarkusTest
class PoisonEventTest {

    @Inject
    Projections projections;

    @Test
    void aMalformedRecordGoesToTheDlqAndTheNextEventStillArrives() {
        String district = Fixtures.district();
        UUID pairingId = UUID.randomUUID();
        String poisonKey = "poison-" + UUID.randomUUID();
        KafkaTopics.publishRaw(Topics.CADENCE, pairingId.toString(), "{ this is not json", Map.of(
                CloudEventAttributes.HEADER_ID, UUID.randomUUID().toString(),
                CloudEventAttributes.HEADER_TYPE, CadenceMissed.TYPE,
                "test-key", poisonKey));
        KafkaTopics.publish(new CadenceMissed(new CadencePeriodSnapshot(pairingId, district,
                List.of(UUID.randomUUID(), UUID.randomUUID()), LocalDate.of(2024, 7, 1), LocalDate.of(2024, 10, 1), 1, 0, 0)));

        assertThat(Inboxes.awaitNotices(Fixtures.committeeToken(district), "CADENCE_MISSED", pairingId, 1)).hasSize(1);
        var dead = KafkaTopics.records(Topics.deadLetter(Topics.CADENCE), 1, Duration.ofMillis(500), Duration.ofSeconds(30))
                .stream().filter(record -> poisonKey.equals(KafkaTopics.header(record, "test-key"))).toList();
        assertThat(dead).hasSize(1);
        assertThat(dead.get(0).value()).isEqualTo("{ this is not json");
    }
}
