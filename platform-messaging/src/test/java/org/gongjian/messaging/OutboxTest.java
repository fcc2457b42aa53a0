package org.gongjian.messaging;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.gongjian.events.CloudEventAttributes;
import org.gongjian.testing.KafkaTestResource;
import org.gongjian.testing.KafkaTopics;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.gongjian.testing.KafkaTopics.header;

@QuarkusTest
class OutboxTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    @Inject
    NoteService notes;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aChangeThatRollsBackLeavesNoEvent() throws Exception {
        UUID id = UUID.randomUUID();

        assertThatThrownBy(() -> notes.write(id, "回滚的笔记", 1, true)).isInstanceOf(IllegalStateException.class);

        assertThat(count("SELECT count(*) FROM outbox_event WHERE aggregateid = '" + id + "'")).isZero();
        assertThat(count("SELECT count(*) FROM note WHERE id = '" + id + "'")).isZero();
        assertThat(recordsFor(Set.of(id.toString()), 0)).isEmpty();
    }

    @Test
    void aCommittedChangeIsPublishedOnceWithKeyAndCloudEventsHeaders() throws Exception {
        UUID id = UUID.randomUUID();

        notes.write(id, "湘潭高新区纪检监察党支部", 1, false);

        List<ConsumerRecord<String, String>> records = recordsFor(Set.of(id.toString()), 1);
        assertThat(records).hasSize(1);
        ConsumerRecord<String, String> record = records.getFirst();
        assertThat(record.key()).isEqualTo(id.toString());
        assertThat(record.value()).contains("湘潭高新区纪检监察党支部");
        assertThat(header(record, CloudEventAttributes.HEADER_TYPE)).isEqualTo("test.note-written.v1");
        assertThat(header(record, CloudEventAttributes.HEADER_SUBJECT)).isEqualTo(id.toString());
        assertThat(header(record, CloudEventAttributes.HEADER_SOURCE)).isEqualTo("/messaging-test");
        assertThat(header(record, CloudEventAttributes.HEADER_DISTRICT)).isEqualTo("xiangtan-htz");
        assertThat(header(record, CloudEventAttributes.HEADER_SPEC_VERSION)).isEqualTo("1.0");
        assertThat(UUID.fromString(header(record, CloudEventAttributes.HEADER_ID))).isNotNull();
        assertThat(header(record, CloudEventAttributes.HEADER_TIME)).isNotBlank();
        await().atMost(WAIT).until(() -> count(
                "SELECT count(*) FROM outbox_event WHERE sent_at IS NULL AND aggregateid = '" + id + "'") == 0);
    }

    @Test
    void eventsWaitWhileTheBrokerIsDownAndAllArriveInOrderWhenItReturns() throws Exception {
        var broker = KafkaTestResource.cluster().brokers().values().iterator().next();
        List<UUID> keys = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        broker.shutdown();
        broker.awaitShutdown();
        try {
            for (int sequence = 1; sequence <= 30; sequence++) {
                notes.write(keys.get(sequence % keys.size()), "停机期间的第" + sequence + "条", sequence, false);
            }
            Thread.sleep(3_000);
            assertThat(count("SELECT count(*) FROM outbox_event WHERE sent_at IS NULL AND aggregateid IN ("
                    + keys.stream().map(key -> "'" + key + "'").collect(Collectors.joining(",")) + ")"))
                    .isEqualTo(30);
        } finally {
            broker.startup();
        }

        Set<String> keyNames = keys.stream().map(UUID::toString).collect(Collectors.toSet());
        List<ConsumerRecord<String, String>> records = recordsFor(keyNames, 30);
        assertThat(records).hasSize(30);
        assertThat(records.stream().map(record -> header(record, CloudEventAttributes.HEADER_ID)).distinct()).hasSize(30);
        for (String key : keyNames) {
            List<Integer> sequences = records.stream()
                    .filter(record -> key.equals(record.key()))
                    .sorted(Comparator.comparingLong(ConsumerRecord::offset))
                    .map(OutboxTest::sequence)
                    .toList();
            assertThat(sequences).as("order of key %s", key).isSorted().hasSize(10);
        }
    }

    @Test
    void twoRelaysRunningAtOncePublishEachRowOnce() throws Exception {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            ids.add(UUID.randomUUID());
        }
        try (KafkaProducer<String, String> first = producer(); KafkaProducer<String, String> second = producer()) {
            OutboxPublisher one = new OutboxPublisher(dataSource, first, OutboxPublisher.PublishListener.NONE);
            OutboxPublisher two = new OutboxPublisher(dataSource, second, OutboxPublisher.PublishListener.NONE);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                List<Future<Integer>> runs = new ArrayList<>();
                for (int i = 0; i < ids.size(); i++) {
                    notes.write(ids.get(i), "并发中继 " + i, i, false);
                    if (i % 10 == 0) {
                        runs.add(pool.submit(drain(one)));
                        runs.add(pool.submit(drain(two)));
                    }
                }
                runs.add(pool.submit(drain(one)));
                runs.add(pool.submit(drain(two)));
                for (Future<Integer> run : runs) {
                    run.get();
                }
            } finally {
                pool.shutdown();
            }
        }

        List<ConsumerRecord<String, String>> records = recordsFor(ids.stream().map(UUID::toString).collect(Collectors.toSet()), 150);
        assertThat(records).hasSize(150);
        assertThat(records.stream().map(ConsumerRecord::key).distinct()).hasSize(150);
    }

    @Test
    void theSameEventDeliveredTwiceHasOneEffect() throws Exception {
        UUID noteId = UUID.randomUUID();
        NoteWritten event = new NoteWritten(noteId, "xiangtan-htz", "重复投递", 1);
        UUID eventId = UUID.randomUUID();

        KafkaTopics.publish(event, eventId);
        KafkaTopics.publish(event, eventId);
        KafkaTopics.publish(new NoteWritten(noteId, "xiangtan-htz", "第二个事件", 2));

        await().atMost(WAIT).until(() -> count("SELECT coalesce(sum(applied), 0) FROM note_tally WHERE note_id = '" + noteId + "'") == 2);
        Thread.sleep(1_000);
        assertThat(count("SELECT applied FROM note_tally WHERE note_id = '" + noteId + "'")).isEqualTo(2);
    }

    @Test
    void aPoisonRecordGoesToTheDeadLetterTopicAndTheRestKeepFlowing() throws Exception {
        UUID after = UUID.randomUUID();
        KafkaTopics.publishRaw(NoteWritten.TOPIC, "poison", "not json at all", Map.of(
                CloudEventAttributes.HEADER_ID, UUID.randomUUID().toString(),
                CloudEventAttributes.HEADER_TYPE, "test.note-written.v1"));
        KafkaTopics.publish(new NoteWritten(after, "xiangtan-htz", "毒丸之后", 1));

        await().atMost(WAIT).until(() -> count("SELECT count(*) FROM note_tally WHERE note_id = '" + after + "'") == 1);
        List<ConsumerRecord<String, String>> dead = KafkaTopics.records(NoteWritten.TOPIC + ".dlq", 1, Duration.ofMillis(500), WAIT);
        assertThat(dead).anySatisfy(record -> assertThat(record.value()).isEqualTo("not json at all"));
    }

    private static Callable<Integer> drain(OutboxPublisher publisher) {
        return () -> {
            int total = 0;
            OutboxPublisher.Cycle cycle;
            do {
                cycle = publisher.publishBatch(7);
                total += cycle.published();
            } while (cycle.published() > 0 || !cycle.lockTaken());
            return total;
        };
    }

    private static KafkaProducer<String, String> producer() {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaTopics.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true), new StringSerializer(), new StringSerializer());
    }

    private static int sequence(ConsumerRecord<String, String> record) {
        try {
            return JSON.readTree(record.value()).get("sequence").asInt();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private List<ConsumerRecord<String, String>> recordsFor(Set<String> keys, int expected) {
        List<ConsumerRecord<String, String>> matching = List.of();
        long deadline = System.nanoTime() + (expected == 0 ? Duration.ofSeconds(3) : WAIT).toNanos();
        do {
            matching = KafkaTopics.records(NoteWritten.TOPIC, 0, Duration.ofMillis(500), Duration.ofSeconds(10)).stream()
                    .filter(record -> keys.contains(record.key()))
                    .toList();
        } while (matching.size() < expected && System.nanoTime() < deadline);
        return matching;
    }

    private long count(String sql) throws Exception {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            return result.next() ? result.getLong(1) : 0;
        }
    }
}
