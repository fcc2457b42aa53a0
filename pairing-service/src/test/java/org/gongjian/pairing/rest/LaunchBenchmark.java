package org.gongjian.pairing.rest;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.gongjian.events.CloudEventAttributes;
import org.gongjian.events.EventJson;
import org.gongjian.events.organization.OrganizationRegistered;
import org.gongjian.events.organization.OrganizationStatus;
import org.gongjian.events.organization.Sector;
import org.gongjian.pairing.Fixtures;
import org.gongjian.pairing.domain.Organization;
import org.gongjian.testing.KafkaTopics;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.gongjian.pairing.Fixtures.pairingBody;

/**
 * Two launches of 500 pairings each (the per-launch cap), through HTTP against the test stack: the time each launch
 * answers in, and the time until the outbox relay has put all their events on Kafka. A benchmark reports; it does not
 * fail on a slow machine. Not part of verify: run with {@code -Pbench} (see README).
 */
@QuarkusTest
class LaunchBenchmark {

    private static final int PER_LAUNCH = 500;

    @Inject
    EntityManager entityManager;

    @Test
    void twoLaunchesOfFiveHundredPairings() throws Exception {
        launches(new Fixtures(), 20, "warm-up");
        launches(new Fixtures(), PER_LAUNCH, "measured");
    }

    private void launches(Fixtures fx, int perLaunch, String label) throws Exception {
        List<List<String>> launches = List.of(propose(fx, perLaunch), propose(fx, perLaunch));
        long started = System.nanoTime();
        List<Double> answered = new ArrayList<>();
        for (List<String> pairingIds : launches) {
            long one = System.nanoTime();
            given().header("Authorization", fx.admin()).contentType(ContentType.JSON)
                    .body(Map.of("title", "结对共建启动仪式", "heldOn", "2026-05-16", "pairingIds", pairingIds))
                    .when().post("/api/launches").then().statusCode(201);
            answered.add((System.nanoTime() - one) / 1e9);
        }
        double both = (System.nanoTime() - started) / 1e9;
        while (unsent() > 0) {
            Thread.sleep(10);
        }
        double published = (System.nanoTime() - started) / 1e9;
        System.out.printf("%n[BENCHMARK] %s: two launches of %d pairings answered in %.2f s and %.2f s (%.2f s together,"
                + " %.1f ms per activation); all %d events on Kafka after %.2f s%n%n", label, perLaunch,
                answered.get(0), answered.get(1), both, both * 1000 / (2 * perLaunch), 2 * perLaunch + 2, published);
    }

    private long unsent() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "SELECT count(*) FROM outbox_event WHERE sent_at IS NULL").getSingleResult()).longValue());
    }

    /** {@code count} one-to-one pairings of fresh organs and enterprises, proposed through the API. */
    private static List<String> propose(Fixtures fx, int count) throws Exception {
        List<UUID> organs = new ArrayList<>();
        List<UUID> enterprises = new ArrayList<>();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaTopics.bootstrapServers(), ProducerConfig.ACKS_CONFIG, "all"),
                new StringSerializer(), new StringSerializer())) {
            List<Future<?>> sends = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                organs.add(register(producer, sends, fx, "区直机关第" + i + "党支部", Sector.ORGAN));
                enterprises.add(register(producer, sends, fx, "高新企业第" + i + "党支部", Sector.NON_PUBLIC_ENTERPRISE));
            }
            for (Future<?> send : sends) {
                send.get();
            }
        }
        List<UUID> all = new ArrayList<>(organs);
        all.addAll(enterprises);
        while (QuarkusTransaction.requiringNew().call(() -> Organization.count("id in ?1", all)) < all.size()) {
            Thread.sleep(100);
        }
        List<String> pairings = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            pairings.add(fx.propose(pairingBody("结对共建第" + i + "组", "ONE_TO_ONE", organs.get(i), enterprises.get(i)))
                    .statusCode(201).extract().path("id"));
        }
        return pairings;
    }

    private static UUID register(KafkaProducer<String, String> producer, List<Future<?>> sends, Fixtures fx,
            String name, Sector sector) {
        UUID id = UUID.randomUUID();
        OrganizationRegistered event = new OrganizationRegistered(Fixtures.snapshot(id, fx.district, name, sector,
                OrganizationStatus.ACTIVE, 1));
        ProducerRecord<String, String> record = new ProducerRecord<>(event.topic(), event.subject(), EventJson.write(event));
        record.headers().add(CloudEventAttributes.HEADER_ID, UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
        record.headers().add(CloudEventAttributes.HEADER_TYPE, event.type().getBytes(StandardCharsets.UTF_8));
        record.headers().add(CloudEventAttributes.HEADER_DISTRICT, fx.district.getBytes(StandardCharsets.UTF_8));
        sends.add(producer.send(record));
        return id;
    }
}
