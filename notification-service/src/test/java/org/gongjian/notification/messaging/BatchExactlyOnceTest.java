package org.gongjian.notification.messaging;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.gongjian.events.GongjianEvent;
import org.gongjian.events.organization.OrganizationRegistered;
import org.gongjian.events.organization.OrganizationSnapshot;
import org.gongjian.events.organization.Sector;
import org.gongjian.events.pairing.PairingActivated;
import org.gongjian.events.pairing.PairingSnapshot;
import org.gongjian.events.pairing.PairingStatus;
import org.gongjian.messaging.IdempotentBatchConsumer;
import org.gongjian.notification.Fixtures;
import org.gongjian.notification.Projections;
import org.gongjian.notification.service.EventHandler;
import org.gongjian.testing.KafkaTopics;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The batched path (a launch's hundreds of events in one transaction) keeps one notice per event, recipient and
 * channel: a batch redelivered whole, a batch holding an event twice, two instances racing on the same batch.
 * Every pairing here has two members with a secretary each and a liaison with an e-mail: three notices and one e-mail
 * delivery per event.
 */
@QuarkusTest
class BatchExactlyOnceTest {

    private static final String CONSUMER = "notification.pairings";

    @Inject
    Projections projections;

    @Inject
    IdempotentBatchConsumer consumer;

    @Inject
    EventHandler handler;

    @Test
    void aBatchRedeliveredWholeWritesNothingTwice() {
        Launch launch = launch(20);
        assertThat(apply(CONSUMER, launch.records())).isEmpty();
        assertThat(apply(CONSUMER, launch.records())).isEmpty();
        assertOncePerEvent(launch);
    }

    @Test
    void aBatchRedeliveredThroughKafkaWritesNothingTwice() {
        Launch launch = launch(20);
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < launch.events().size(); i++) {
                KafkaTopics.publish(launch.events().get(i), launch.ids().get(i));
            }
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> notices(launch) == 3L * launch.ids().size());
        await().pollDelay(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(4)).until(() -> true);
        assertOncePerEvent(launch);
    }

    @Test
    void anEventTwiceInOneBatchTakesEffectOnce() {
        Launch launch = launch(10);
        List<ConsumerRecord<String, String>> records = new ArrayList<>(launch.records());
        records.add(3, ExactlyOnceTest.record(launch.events().get(0), launch.ids().get(0)));
        records.add(ExactlyOnceTest.record(launch.events().get(9), launch.ids().get(9)));
        assertThat(apply(CONSUMER, records)).isEmpty();
        assertOncePerEvent(launch);
    }

    @Test
    void twoInstancesOfTheConsumerRacingOnOneBatchWriteEachNoticeOnce() {
        Launch launch = launch(30);
        race(CONSUMER, CONSUMER, launch);
        assertOncePerEvent(launch);
        assertThat(projections.count("SELECT count(*) FROM processed_event WHERE consumer = '" + CONSUMER
                + "' AND event_id IN (:ids)", launch.ids())).isEqualTo(launch.ids().size());
    }

    @Test
    void twoConsumersRacingOnOneBatchWriteEachNoticeOnce() {
        // each records its own processed_event rows, so only the notice and delivery constraints stop doubles
        Launch launch = launch(30);
        race("race.a." + UUID.randomUUID(), "race.b." + UUID.randomUUID(), launch);
        assertOncePerEvent(launch);
    }

    private void race(String first, String second, Launch launch) {
        List<ConsumerRecord<String, String>> reversed = new ArrayList<>(launch.records());
        Collections.reverse(reversed);
        CountDownLatch start = new CountDownLatch(1);
        // threads of our own: they inherit the application's class loader, as the common pool's do not
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            var a = CompletableFuture.supplyAsync(() -> {
                awaitLatch(start);
                return apply(first, launch.records());
            }, threads);
            var b = CompletableFuture.supplyAsync(() -> {
                awaitLatch(start);
                return apply(second, reversed);
            }, threads);
            start.countDown();
            assertThat(a.join()).isEmpty();
            assertThat(b.join()).isEmpty();
        } finally {
            threads.shutdown();
        }
    }

    private Map<ConsumerRecord<String, String>, RuntimeException> apply(String name,
            List<ConsumerRecord<String, String>> records) {
        return consumer.applyAll(name, records, GongjianEvent.class, handler::handleAll);
    }

    private void assertOncePerEvent(Launch launch) {
        assertThat(notices(launch)).isEqualTo(3L * launch.ids().size());
        assertThat(projections.count("SELECT count(DISTINCT (event_id, recipient_key)) FROM notice WHERE event_id IN (:ids)",
                launch.ids())).isEqualTo(3L * launch.ids().size());
        assertThat(projections.count("SELECT count(*) FROM delivery WHERE channel = 'EMAIL' AND event_id IN (:ids)",
                launch.ids())).isEqualTo(launch.ids().size());
    }

    private long notices(Launch launch) {
        return projections.count("SELECT count(*) FROM notice WHERE event_id IN (:ids)", launch.ids());
    }

    /** {@code count} pairings of an organ and an enterprise activated at once, as a launch does. */
    private Launch launch(int count) {
        String district = Fixtures.district();
        OrganizationSnapshot organ = Fixtures.organization(district, "区机关工委党支部", Sector.ORGAN, "周书记");
        OrganizationSnapshot enterprise = Fixtures.organization(district, "湘江智造党支部", Sector.NON_PUBLIC_ENTERPRISE,
                "吴书记", Fixtures.liaison("郑联络", Fixtures.email("batch")));
        KafkaTopics.publish(new OrganizationRegistered(organ));
        KafkaTopics.publish(new OrganizationRegistered(enterprise));
        projections.awaitOrganizations(List.of(organ.id(), enterprise.id()));
        List<GongjianEvent> events = new ArrayList<>();
        List<UUID> ids = new ArrayList<>();
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            PairingSnapshot pairing = Fixtures.pairing(district, "启动仪式结对 " + i, PairingStatus.ACTIVE, 2, organ.id(),
                    enterprise.id());
            PairingActivated event = new PairingActivated(pairing);
            UUID id = UUID.randomUUID();
            events.add(event);
            ids.add(id);
            records.add(ExactlyOnceTest.record(event, id));
        }
        return new Launch(events, ids, records);
    }

    private record Launch(List<GongjianEvent> events, List<UUID> ids, List<ConsumerRecord<String, String>> records) {
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
