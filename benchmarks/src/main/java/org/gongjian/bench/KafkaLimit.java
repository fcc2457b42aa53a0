package org.gongjian.bench;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The broker's own limit for events of a notice's size: one producer (acks=all, idempotent, as the services publish)
 * and one consumer on a fresh topic of the same broker, sending and receiving {@code count} records concurrently.
 * Answers the records per second from the first send to the last record consumed.
 */
final class KafkaLimit {

    private KafkaLimit() {
    }

    static double recordsPerSecond(String bootstrap, int count, int recordBytes) throws Exception {
        String topic = "bench-limit-" + UUID.randomUUID();
        String value = "x".repeat(recordBytes);
        Map<String, Object> consumerConfig = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, topic, ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        Map<String, Object> producerConfig = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        try (KafkaProducer<String, String> warm = new KafkaProducer<>(producerConfig)) {
            warm.send(new ProducerRecord<>(topic, "warm", value)).get();
        }
        AtomicLong consumed = new AtomicLong();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerConfig);
                KafkaProducer<String, String> producer = new KafkaProducer<>(producerConfig)) {
            consumer.subscribe(List.of(topic));
            long joinDeadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (consumed.get() < 1 && System.nanoTime() < joinDeadline) {
                consumed.addAndGet(consumer.poll(Duration.ofMillis(100)).count());
            }
            consumed.set(0);
            long start = System.nanoTime();
            Thread sender = Thread.ofPlatform().start(() -> {
                for (int i = 0; i < count; i++) {
                    producer.send(new ProducerRecord<>(topic, Integer.toString(i % 64), value));
                }
                producer.flush();
            });
            long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
            while (consumed.get() < count && System.nanoTime() < deadline) {
                ConsumerRecords<String, String> records = consumer.poll(Duration.ofMillis(100));
                consumed.addAndGet(records.count());
            }
            sender.join();
            long elapsed = System.nanoTime() - start;
            if (consumed.get() < count) {
                throw new IllegalStateException("consumed only " + consumed.get() + " of " + count);
            }
            return count / (elapsed / 1e9);
        }
    }
}
