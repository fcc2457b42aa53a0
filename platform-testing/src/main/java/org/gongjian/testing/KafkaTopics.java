package org.gongjian.testing;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.gongjian.events.CloudEventAttributes;
import org.gongjian.events.EventJson;
import org.gongjian.events.GongjianEvent;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.function.Predicate;

/**
 * Reads and writes the test broker's topics the way another service would: CloudEvents headers, JSON value.
 */
public final class KafkaTopics {

    static final String BOOTSTRAP_PROPERTY = "gongjian.test.kafka.bootstrap";

    private KafkaTopics() {
    }

    public static String bootstrapServers() {
        String bootstrap = System.getProperty(BOOTSTRAP_PROPERTY);
        if (bootstrap == null) {
            throw new IllegalStateException("KafkaTestResource is not running in this JVM");
        }
        return bootstrap;
    }

    /**
     * Publishes an event as its owning service would, with a fresh id.
     *
     * @return the CloudEvents id
     */
    public static UUID publish(GongjianEvent event) {
        UUID id = UUID.randomUUID();
        publish(event, id);
        return id;
    }

    /** Publishes an event with a given id: call twice with the same id to simulate a redelivery. */
    public static void publish(GongjianEvent event, UUID id) {
        ProducerRecord<String, String> record = new ProducerRecord<>(event.topic(), event.subject(), EventJson.write(event));
        header(record, CloudEventAttributes.HEADER_SPEC_VERSION, CloudEventAttributes.SPEC_VERSION);
        header(record, CloudEventAttributes.HEADER_ID, id.toString());
        header(record, CloudEventAttributes.HEADER_SOURCE, "/test");
        header(record, CloudEventAttributes.HEADER_TYPE, event.type());
        header(record, CloudEventAttributes.HEADER_SUBJECT, event.subject());
        header(record, CloudEventAttributes.HEADER_TIME, OffsetDateTime.now(ZoneOffset.UTC).toString());
        header(record, CloudEventAttributes.HEADER_CONTENT_TYPE, CloudEventAttributes.CONTENT_TYPE);
        if (event.district() != null) {
            header(record, CloudEventAttributes.HEADER_DISTRICT, event.district());
        }
        send(record);
    }

    /** Publishes a raw value, e.g. a poison record that no consumer can read. */
    public static void publishRaw(String topic, String key, String value, Map<String, String> headers) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, value);
        headers.forEach((name, headerValue) -> header(record, name, headerValue));
        send(record);
    }

    private static void send(ProducerRecord<String, String> record) {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer())) {
            producer.send(record).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not publish to " + record.topic(), e.getCause());
        }
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Every record on a topic, from the beginning, once no new record has arrived for {@code quiet}
     * (and at least {@code atLeast} have been seen, or {@code timeout} has passed).
     */
    public static List<ConsumerRecord<String, String>> records(String topic, int atLeast, Duration quiet, Duration timeout) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false"), new StringDeserializer(), new StringDeserializer())) {
            long deadline = System.nanoTime() + timeout.toNanos();
            List<TopicPartition> partitions = new ArrayList<>();
            while (partitions.isEmpty() && System.nanoTime() < deadline) {
                try {
                    List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(2));
                    if (infos != null) {
                        infos.forEach(info -> partitions.add(new TopicPartition(topic, info.partition())));
                    }
                } catch (org.apache.kafka.common.errors.TimeoutException e) {
                    // the topic does not exist (yet), or the broker is still coming back
                }
                if (partitions.isEmpty() && atLeast == 0) {
                    return List.of();
                }
            }
            List<ConsumerRecord<String, String>> records = new ArrayList<>();
            if (partitions.isEmpty()) {
                return records;
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long lastArrival = System.nanoTime();
            while (System.nanoTime() < deadline) {
                var batch = consumer.poll(Duration.ofMillis(200));
                batch.forEach(records::add);
                if (!batch.isEmpty()) {
                    lastArrival = System.nanoTime();
                } else if (records.size() >= atLeast && System.nanoTime() - lastArrival > quiet.toNanos()) {
                    break;
                }
            }
            return records;
        }
    }

    /** Every record on a topic whose CloudEvents type matches, waiting for at least {@code atLeast}. */
    public static List<ConsumerRecord<String, String>> recordsOfType(String topic, String type, int atLeast, Duration timeout) {
        List<ConsumerRecord<String, String>> matching = List.of();
        long deadline = System.nanoTime() + timeout.toNanos();
        do {
            matching = records(topic, 0, Duration.ofMillis(300), Duration.ofSeconds(5)).stream()
                    .filter(hasType(type))
                    .toList();
        } while (matching.size() < atLeast && System.nanoTime() < deadline);
        return matching;
    }

    public static Predicate<ConsumerRecord<String, String>> hasType(String type) {
        return record -> type.equals(header(record, CloudEventAttributes.HEADER_TYPE));
    }

    /** A header's value as text, or null. */
    public static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
