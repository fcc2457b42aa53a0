package org.gongjian.pairing.messaging;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.gongjian.events.activity.ActivityConfirmed;
import org.gongjian.events.activity.ActivityEvent;
import org.gongjian.events.activity.ActivityHeld;
import org.gongjian.events.cadence.CadenceMissed;
import org.gongjian.messaging.IdempotentConsumer;
import org.gongjian.pairing.service.ActivityProjection;

/**
 * {@code gongjian.activity.activity} (held, confirmed) and {@code gongjian.activity.cadence} (missed) → what
 * evaluations count. Other activity types (scheduled, cancelled) change nothing here.
 */
@ApplicationScoped
public class ActivityConsumer {

    private final IdempotentConsumer consumer;
    private final ActivityProjection projection;

    ActivityConsumer(IdempotentConsumer consumer, ActivityProjection projection) {
        this.consumer = consumer;
        this.projection = projection;
    }

    @Incoming("activities")
    @Blocking
    public void onActivity(ConsumerRecord<String, String> record) {
        consumer.apply("pairing.activities", record, incoming -> incoming.event().ifPresent(event -> {
            if (event instanceof ActivityHeld || event instanceof ActivityConfirmed) {
                projection.apply((ActivityEvent) event);
            }
        }));
    }

    @Incoming("cadence")
    @Blocking
    public void onCadence(ConsumerRecord<String, String> record) {
        consumer.apply("pairing.cadence", record, incoming -> incoming.event().ifPresent(event -> {
            if (event instanceof CadenceMissed missed) {
                projection.apply(missed);
            }
        }));
    }
}
