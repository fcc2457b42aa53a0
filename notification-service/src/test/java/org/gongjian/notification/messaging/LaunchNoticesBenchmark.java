package org.gongjian.notification.messaging;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.gongjian.events.CloudEventAttributes;
import org.gongjian.events.EventJson;
import org.gongjian.events.GongjianEvent;
import org.gongjian.events.organization.OrganizationKind;
import org.gongjian.events.organization.OrganizationRegistered;
import org.gongjian.events.organization.OrganizationSnapshot;
import org.gongjian.events.organization.OrganizationStatus;
import org.gongjian.events.organization.Sector;
import org.gongjian.events.pairing.PairingActivated;
import org.gongjian.events.pairing.PairingSnapshot;
import org.gongjian.events.pairing.PairingStatus;
import org.gongjian.notification.Fixtures;
import org.gongjian.notification.GreenMailResource;
import org.gongjian.notification.Projections;
import org.gongjian.testing.KafkaTopics;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.function.LongSupplier;

/**
 * The notices of launches at scale: two launches of 500 pairings (the per-launch cap), each pairing an organ and an
 * enterprise whose secretaries and liaisons all have e-mail, so 4,000 notices and 4,000 e-mails. Their
 * {@code pairing.activated} events are put on Kafka as fast as the outbox relay would; the clock runs from the
 * first event until the last notice is written and until the last e-mail is taken by the SMTP server (GreenMail).
 * A benchmark reports; it does not fail on a slow machine. Not part of verify: run with {@code -Pbench} (see README).
 */
@QuarkusTest
class LaunchNoticesBenchmark {

    private static final int PAIRINGS = Integer.getInteger("bench.pairings", 1_000);

    @Inject
    Projections projections;

    @Inject
    EntityManager entityManager;

    @Test
    void noticesOfTwoLaunchesOfFiveHundredPairings() throws Exception {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaTopics.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.LINGER_MS_CONFIG, "5"),
                new StringSerializer(), new StringSerializer())) {
            run(producer, 20, "warm-up");
            run(producer, PAIRINGS, "measured");
        }
    }

    private void run(KafkaProducer<String, String> producer, int pairings, String label) throws Exception {
        String district = Fixtures.district();
        List<GongjianEvent> organizations = new ArrayList<>();
        List<GongjianEvent> activations = new ArrayList<>();
        List<UUID> members = new ArrayList<>();
        for (int i = 0; i < pairings; i++) {
            OrganizationSnapshot organ = organization(district, "区直机关第" + i + "党支部", Sector.ORGAN, i);
            OrganizationSnapshot enterprise = organization(district, "高新企业第" + i + "党支部",
                    Sector.NON_PUBLIC_ENTERPRISE, i);
            organizations.add(new OrganizationRegistered(organ));
            organizations.add(new OrganizationRegistered(enterprise));
            members.add(organ.id());
            members.add(enterprise.id());
            PairingSnapshot pairing = Fixtures.pairing(district, "结对共建第" + i + "组", PairingStatus.ACTIVE, 2,
                    organ.id(), enterprise.id());
            activations.add(new PairingActivated(pairing));
        }
        publish(producer, organizations);
        projections.awaitOrganizations(members);
        int mailsBefore = GreenMailResource.server().getReceivedMessages().length;
        int expected = 4 * pairings;

        long started = System.nanoTime();
        List<UUID> eventIds = publish(producer, activations);
        double published = seconds(started);
        double written = awaitCount(started, () -> count(
                "SELECT count(*) FROM notice WHERE event_id = ANY (CAST(:ids AS uuid[]))", eventIds), expected);
        double mailed = awaitCount(started, () -> GreenMailResource.server().getReceivedMessages().length - mailsBefore,
                expected);
        System.out.printf("%n[BENCHMARK] %s: %,d pairing.activated events -> %,d notices and %,d e-mails%n", label,
                pairings, expected, expected);
        System.out.printf("[BENCHMARK]   events on Kafka after %.2f s; all notices written after %.2f s (%,.0f notices/s);"
                + " last e-mail taken by SMTP after %.2f s: %,.0f notices/s end to end (target >= 2,000: %s)%n%n",
                published, written, expected / written, mailed, expected / mailed,
                expected / mailed >= 2_000 ? "met" : "NOT met");
    }

    private long count(String sql, List<UUID> ids) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(sql)
                .setParameter("ids", ids.toArray(UUID[]::new)).getSingleResult()).longValue());
    }

    private static double awaitCount(long started, LongSupplier count, long expected) throws InterruptedException {
        long deadline = started + 600_000_000_000L;
        while (count.getAsLong() < expected) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("only " + count.getAsLong() + " of " + expected + " after 10 minutes");
            }
            Thread.sleep(20);
        }
        return seconds(started);
    }

    private static double seconds(long started) {
        return (System.nanoTime() - started) / 1e9;
    }

    private static OrganizationSnapshot organization(String district, String name, Sector sector, int i) {
        String tag = sector == Sector.ORGAN ? "organ" : "enterprise";
        return new OrganizationSnapshot(UUID.randomUUID(), district, name, OrganizationKind.BRANCH, sector, null,
                new OrganizationSnapshot.HostUnit(name.replace("党支部", ""), null),
                new OrganizationSnapshot.Secretary("书记" + i, "13800000000", Fixtures.email(tag + "-secretary-" + i)),
                List.of(Fixtures.liaison("联络员" + i, Fixtures.email(tag + "-liaison-" + i))),
                new OrganizationSnapshot.Members(12, 1), LocalDate.of(2015, 7, 1), List.of(), OrganizationStatus.ACTIVE,
                null, 1);
    }

    /** Sends like the outbox relay: all at once, then waits for the broker's acknowledgements. */
    private static List<UUID> publish(KafkaProducer<String, String> producer, List<GongjianEvent> events)
            throws Exception {
        List<UUID> ids = new ArrayList<>(events.size());
        List<Future<?>> sends = new ArrayList<>(events.size());
        for (GongjianEvent event : events) {
            UUID id = UUID.randomUUID();
            ids.add(id);
            ProducerRecord<String, String> record = new ProducerRecord<>(event.topic(), event.subject(),
                    EventJson.write(event));
            header(record, CloudEventAttributes.HEADER_SPEC_VERSION, CloudEventAttributes.SPEC_VERSION);
            header(record, CloudEventAttributes.HEADER_ID, id.toString());
            header(record, CloudEventAttributes.HEADER_SOURCE, "/bench");
            header(record, CloudEventAttributes.HEADER_TYPE, event.type());
            header(record, CloudEventAttributes.HEADER_SUBJECT, event.subject());
            header(record, CloudEventAttributes.HEADER_TIME, OffsetDateTime.now(ZoneOffset.UTC).toString());
            header(record, CloudEventAttributes.HEADER_CONTENT_TYPE, CloudEventAttributes.CONTENT_TYPE);
            header(record, CloudEventAttributes.HEADER_DISTRICT, event.district());
            sends.add(producer.send(record));
        }
        for (var send : sends) {
            send.get();
        }
        return ids;
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
