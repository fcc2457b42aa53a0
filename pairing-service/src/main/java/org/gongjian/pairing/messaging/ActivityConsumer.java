package org.gongjian.pairing.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.gongjian.events.activity.ActivityEvent;
import org.gongjian.events.cadence.CadenceMissed;
import org.gongjian.messaging.IdempotentConsumer;
import org.gongjian.pairing.service.ActivityProjection;

/**
 * {@code gongjian.activity.activity} and {@code gongjian.activity.cadence} (missed) → what evaluations count.
 * The projection keeps held activities and whether each counts; planned and cancelled ones change nothing here.
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
        consumer.apply("pairing.activities", record, ActivityEvent.class, projection::apply);
    }

    @Incoming("cadence")
    @Blocking
    public void onCadence(ConsumerRecord<String, String> record) {
        consumer.apply("pairing.cadence", record, CadenceMissed.class, projection::apply);
    }
}
