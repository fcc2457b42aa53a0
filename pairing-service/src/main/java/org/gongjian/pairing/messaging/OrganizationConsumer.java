package org.gongjian.pairing.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.gongjian.events.organization.OrganizationEvent;
import org.gongjian.messaging.IdempotentConsumer;
import org.gongjian.pairing.service.OrganizationProjection;

/** {@code gongjian.registry.organization} → the organization projection (and suspensions on dissolution). */
@ApplicationScoped
public class OrganizationConsumer {

    private final IdempotentConsumer consumer;
    private final OrganizationProjection projection;

    OrganizationConsumer(IdempotentConsumer consumer, OrganizationProjection projection) {
        this.consumer = consumer;
        this.projection = projection;
    }

    @Incoming("organizations")
    @Blocking
    public void on(ConsumerRecord<String, String> record) {
        consumer.apply("pairing.organizations", record, OrganizationEvent.class, projection::apply);
    }
}
