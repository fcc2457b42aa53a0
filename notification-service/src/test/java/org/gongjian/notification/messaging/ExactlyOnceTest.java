package org.gongjian.notification.messaging;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.gongjian.events.CloudEventAttributes;
import org.gongjian.events.EventJson;
import org.gongjian.events.GongjianEvent;
import org.gongjian.events.organization.OrganizationRegistered;
import org.gongjian.events.organization.OrganizationSnapshot;
import org.gongjian.events.organization.Sector;
import org.gongjian.events.pairing.PairingActivated;
import org.gongjian.events.pairing.PairingActivated;
import org.gongjian.events.pairing.PairingSnapshot;
import org.gongjian.events.pairing.PairingStatus;
import org.gongjian.messaging.IdempotentConsumer;
import org.gongjian.notification.Fixtures;
import org.gongjian.notification.Inboxes;
import org.gongjian.notification.Projections;
import org.gongjian.notification.service.EventHandler;
import org.gongjian.testing.KafkaTopics;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** One notice per event, recipient and channel, whatever Kafka redelivers and however many consumers race. */
@QuarkusTest
class ExactlyOnceTest {

    @Inject
    Projections projections;

    @Inject
    IdempotentConsumer consumer;

    @Inject
    EventHandler handler;

    @Test
    void aRedeliveredEventProducesNoSecondNotice() {
        Parties parties = registerParties();
        PairingSnapshot pairing = Fixtures.pairing(parties.district, "重复投递的结对", PairingStatus.ACTIVE, 1,
                parties.organ.id(), parties.enterprise.id());
        UUID eventId = KafkaTopics.publish(new PairingActivated(pairing));
        KafkaTopics.publish(new PairingActivated(pairing), eventId);
        KafkaTopics.publish(new PairingActivated(pairing), eventId);

        String liaison = Fixtures.liaisonToken(parties.enterprise.id(), parties.district, parties.email);
        Inboxes.awaitNotices(liaison, "PAIRING_ACTIVATED", pairing.id(), 1);
        await().pollDelay(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5)).until(() -> true);
        assertThat(Inboxes.notices(liaison, "PAIRING_ACTIVATED", pairing.id())).hasSize(1);
        assertThat(projections.count("SELECT count(*) FROM notice WHERE event_id = :id", eventId)).isEqualTo(3);
        assertThat(projections.count("SELECT count(*) FROM delivery WHERE event_id = :id AND channel = 'EMAIL'", eventId))
                .isEqualTo(1);
    }

    @Test
    void twoConsumersRacingOnTheSameEventWriteEachNoticeOnce() {
        Parties parties = registerParties();
        PairingSnapshot pairing = Fixtures.pairing(parties.district, "并发消费的结对", PairingStatus.ACTIVE, 2,
                parties.organ.id(), parties.enterprise.id());
        UUID eventId = UUID.randomUUID();
        ConsumerRecord<String, String> record = record(new PairingActivated(pairing), eventId);

        CountDownLatch start = new CountDownLatch(1);
        // threads of our own: they inherit the application's class loader, as the common pool's do not
        ExecutorService threads = Executors.newFixedThreadPool(3);
        List<CompletableFuture<Boolean>> instances = List.of("instance-a", "instance-b", "instance-c").stream()
                .map(instance -> CompletableFuture.supplyAsync(() -> {
                    awaitLatch(start);
                    // each "instance" records its own processed_event row, so only the notice constraint stops doubles
                    return consumer.apply("race." + instance + "." + eventId, record, GongjianEvent.class, handler::handle);
                }, threads)).toList();
        start.countDown();
        assertThat(instances.stream().map(CompletableFuture::join)).containsOnly(true);
        threads.shutdown();

        String liaison = Fixtures.liaisonToken(parties.enterprise.id(), parties.district, parties.email);
        assertThat(Inboxes.notices(liaison, "PAIRING_ACTIVATED", pairing.id())).hasSize(1);
        assertThat(projections.count("SELECT count(*) FROM notice WHERE event_id = :id", eventId)).isEqualTo(3);
        assertThat(projections.count("SELECT count(*) FROM delivery WHERE event_id = :id", eventId)).isEqualTo(1);
    }

    private Parties registerParties() {
        String district = Fixtures.district();
        String email = Fixtures.email("once");
        OrganizationSnapshot organ = Fixtures.organization(district, "区社会事业局党支部", Sector.ORGAN, "冯书记");
        OrganizationSnapshot enterprise = Fixtures.organization(district, "众创孵化党支部", Sector.NON_PUBLIC_ENTERPRISE,
                "钱书记", Fixtures.liaison("钱多多", email));
        KafkaTopics.publish(new OrganizationRegistered(organ));
        KafkaTopics.publish(new OrganizationRegistered(enterprise));
        projections.awaitOrganizations(List.of(organ.id(), enterprise.id()));
        return new Parties(district, email, organ, enterprise);
    }

    private record Parties(String district, String email, OrganizationSnapshot organ, OrganizationSnapshot enterprise) {
    }

    static ConsumerRecord<String, String> record(GongjianEvent event, UUID id) {
        ConsumerRecord<String, String> record = new ConsumerRecord<>(event.topic(), 0, 0L, event.subject(),
                EventJson.write(event));
        record.headers().add(CloudEventAttributes.HEADER_ID, id.toString().getBytes(StandardCharsets.UTF_8));
        record.headers().add(CloudEventAttributes.HEADER_TYPE, event.type().getBytes(StandardCharsets.UTF_8));
        record.headers().add(CloudEventAttributes.HEADER_DISTRICT, event.district().getBytes(StandardCharsets.UTF_8));
        return record;
    }

    private static void awaitLatch(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
