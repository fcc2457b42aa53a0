package org.gongjian.activity.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.gongjian.activity.service.OrganizationProjection;
import org.gongjian.activity.service.PairingProjection;
import org.gongjian.events.organization.OrganizationEvent;
import org.gongjian.events.pairing.PairingLifecycleEvent;
import org.gongjian.messaging.IdempotentConsumer;

/** Keeps the pairing and organization projections from pairing-service's and registry-service's events. */
@ApplicationScoped
public class ProjectionConsumers {

    private final IdempotentConsumer consumer;
    private final PairingProjection pairings;
    private final OrganizationProjection organizations;

    ProjectionConsumers(IdempotentConsumer consumer, PairingProjection pairings, OrganizationProjection organizations) {
        this.consumer = consumer;
        this.pairings = pairings;
        this.organizations = organizations;
    }

    @Incoming("pairings")
    @Blocking
    public void onPairing(ConsumerRecord<String, String> record) {
        consumer.apply("activity.pairings", record, PairingLifecycleEvent.class, event -> pairings.apply(event.pairing()));
    }

    @Incoming("organizations")
    @Blocking
    public void onOrganization(ConsumerRecord<String, String> record) {
        consumer.apply("activity.organizations", record, OrganizationEvent.class,
                event -> organizations.apply(event.organization()));
    }
}
