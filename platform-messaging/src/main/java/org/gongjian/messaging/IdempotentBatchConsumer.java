package org.gongjian.messaging;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.gongjian.events.GongjianEvent;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

/**
 * {@link IdempotentConsumer} for a batch of records ({@code mp.messaging.incoming.<channel>.batch=true}): the whole
 * batch in one transaction, its event ids recorded with one statement, the effect given every event applied for the
 * first time at once, in the order of the records. An event redelivered, or twice in one batch, takes effect once;
 * two instances racing on the same batch wait on each other's {@code processed_event} rows, and one of them applies.
 *
 * <pre>{@code
 * @Incoming("pairings")
 * @Blocking
 * public CompletionStage<Void> on(KafkaRecordBatch<String, String> batch) {
 *     return consumer.apply("notification.pairings", batch, GongjianEvent.class, handler::handleAll);
 * }
 * }</pre>
 *
 * An unreadable record is nacked alone (to the channel's dead-letter queue) and the rest are applied. When the batch
 * transaction fails, its records are applied one by one, each in its own transaction, so that one bad event does not
 * hold back the others and only the records that fail again are nacked; one by one, they wait out a database restart
 * ({@link IdempotentConsumer}) instead of being nacked for it.
 */
@ApplicationScoped
public class IdempotentBatchConsumer {

    private static final Logger LOG = Logger.getLogger(IdempotentBatchConsumer.class);

    private final IdempotentConsumer single;
    private final EntityManager entityManager;

    IdempotentBatchConsumer(IdempotentConsumer single, EntityManager entityManager) {
        this.single = single;
        this.entityManager = entityManager;
    }

    /** An event applied for the first time, with its CloudEvents id. */
    public record Applied<E>(UUID id, E event) {
    }

    /** Applies a batch from Kafka and acknowledges each record, or nacks the ones that could not be applied. */
    public <E extends GongjianEvent> CompletionStage<Void> apply(String consumer, KafkaRecordBatch<String, String> batch,
            Class<E> type, Consumer<List<Applied<E>>> effect) {
        List<KafkaRecord<String, String>> messages = batch.getRecords();
        List<ConsumerRecord<String, String>> records = new ArrayList<>(messages.size());
        Map<ConsumerRecord<String, String>, KafkaRecord<String, String>> messageOf = new IdentityHashMap<>();
        for (KafkaRecord<String, String> message : messages) {
            @SuppressWarnings("unchecked")
            ConsumerRecord<String, String> record = message.getMetadata(IncomingKafkaRecordMetadata.class)
                    .map(metadata -> (ConsumerRecord<String, String>) metadata.getRecord()).orElseThrow();
            records.add(record);
            messageOf.put(record, message);
        }
        Map<ConsumerRecord<String, String>, RuntimeException> failed = applyAll(consumer, records, type, effect);
        List<CompletableFuture<Void>> outcomes = new ArrayList<>(messages.size());
        for (ConsumerRecord<String, String> record : records) {
            RuntimeException failure = failed.get(record);
            KafkaRecord<String, String> message = messageOf.get(record);
            outcomes.add((failure == null ? message.ack() : message.nack(failure)).toCompletableFuture());
        }
        return CompletableFuture.allOf(outcomes.toArray(CompletableFuture[]::new));
    }

    /**
     * Applies records of {@code type} (others are recorded and skipped).
     *
     * @return the records that could not be applied (unreadable, or failing on their own), with the reason
     */
    public <E extends GongjianEvent> Map<ConsumerRecord<String, String>, RuntimeException> applyAll(String consumer,
            List<ConsumerRecord<String, String>> records, Class<E> type, Consumer<List<Applied<E>>> effect) {
        Map<ConsumerRecord<String, String>, RuntimeException> failed = new IdentityHashMap<>();
        List<ConsumerRecord<String, String>> readable = new ArrayList<>(records.size());
        List<Readable> events = new ArrayList<>(records.size());
        for (ConsumerRecord<String, String> record : records) {
            try {
                IncomingEvent incoming = IncomingEvent.of(record);
                events.add(new Readable(incoming.id(), incoming.event())); // unreadable data fails here
                readable.add(record);
            } catch (PoisonEventException e) {
                failed.put(record, e);
            }
        }
        if (events.isEmpty()) {
            return failed;
        }
        try {
            QuarkusTransaction.requiringNew().run(() -> applyInOneTransaction(consumer, events, type, effect));
        } catch (RuntimeException e) {
            LOG.warnf("%s could not apply a batch of %d events at once (%s); applying them one by one", consumer,
                    events.size(), e.toString());
            for (ConsumerRecord<String, String> record : readable) {
                try {
                    single.apply(consumer, record, type, (id, event) -> effect.accept(List.of(new Applied<>(id, event))));
                } catch (RuntimeException oneFailed) {
                    failed.put(record, oneFailed);
                }
            }
        }
        return failed;
    }

    private <E extends GongjianEvent> void applyInOneTransaction(String consumer, List<Readable> events,
            Class<E> type, Consumer<List<Applied<E>>> effect) {
        Map<UUID, Readable> firstOfEach = new LinkedHashMap<>();
        events.forEach(event -> firstOfEach.putIfAbsent(event.id(), event));
        Set<UUID> fresh = firstDeliveries(consumer, firstOfEach.keySet());
        List<Applied<E>> applied = new ArrayList<>(fresh.size());
        for (Readable incoming : firstOfEach.values()) {
            if (fresh.contains(incoming.id())) {
                incoming.event().filter(type::isInstance).map(type::cast)
                        .ifPresent(event -> applied.add(new Applied<>(incoming.id(), event)));
            }
        }
        if (fresh.size() < firstOfEach.size()) {
            LOG.debugf("%s already applied %d of %d events of a batch", consumer, firstOfEach.size() - fresh.size(),
                    firstOfEach.size());
        }
        if (!applied.isEmpty()) {
            effect.accept(applied);
        }
    }

    /** A record's event id and its data as the event of its type (empty for a type this build does not know). */
    private record Readable(UUID id, Optional<GongjianEvent> event) {
    }

    /** Records the events {@code consumer} applies now, in id order (so that racing batches lock alike); returns those it had not. */
    @SuppressWarnings("unchecked")
    private Set<UUID> firstDeliveries(String consumer, Set<UUID> eventIds) {
        List<UUID> inserted = entityManager.createNativeQuery("""
                INSERT INTO processed_event (consumer, event_id)
                SELECT :consumer, id FROM unnest(CAST(:ids AS uuid[])) AS id ORDER BY id
                ON CONFLICT DO NOTHING
                RETURNING event_id""", UUID.class)
                .setParameter("consumer", consumer)
                .setParameter("ids", eventIds.toArray(UUID[]::new))
                .getResultList();
        return new HashSet<>(inserted);
    }
}
