package org.gongjian.notification.messaging;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.gongjian.events.GongjianEvent;
import org.gongjian.messaging.IdempotentBatchConsumer;
import org.gongjian.notification.service.EventHandler;

import java.util.concurrent.CompletionStage;

/**
 * The five topics this service listens to, in batches (a launch of hundreds of pairings arrives as hundreds of
 * events at once): each batch in one transaction, each event applied once per consumer (IdempotentBatchConsumer), and
 * the notices it writes are unique per event and recipient besides; an unreadable record goes to {@code <topic>.dlq}.
 */
@ApplicationScoped
public class EventConsumers {

    private final IdempotentBatchConsumer consumer;
    private final EventHandler handler;

    EventConsumers(IdempotentBatchConsumer consumer, EventHandler handler) {
        this.consumer = consumer;
        this.handler = handler;
    }

    @Incoming("organizations")
    @Blocking
    public CompletionStage<Void> organizations(KafkaRecordBatch<String, String> batch) {
        return consumer.apply("notification.organizations", batch, GongjianEvent.class, handler::handleAll);
    }

    @Incoming("pairings")
    @Blocking
    public CompletionStage<Void> pairings(KafkaRecordBatch<String, String> batch) {
        return consumer.apply("notification.pairings", batch, GongjianEvent.class, handler::handleAll);
    }

    @Incoming("demands")
    @Blocking
    public CompletionStage<Void> demands(KafkaRecordBatch<String, String> batch) {
        return consumer.apply("notification.demands", batch, GongjianEvent.class, handler::handleAll);
    }

    @Incoming("activities")
    @Blocking
    public CompletionStage<Void> activities(KafkaRecordBatch<String, String> batch) {
        return consumer.apply("notification.activities", batch, GongjianEvent.class, handler::handleAll);
    }

    @Incoming("cadence")
    @Blocking
    public CompletionStage<Void> cadence(KafkaRecordBatch<String, String> batch) {
        return consumer.apply("notification.cadence", batch, GongjianEvent.class, handler::handleAll);
    }
}
