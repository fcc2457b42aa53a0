package org.gongjian.activity.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.gongjian.events.organization.OrganizationEvent;
import org.gongjian.events.pairing.PairingLifecycleEvent;
import org.gongjian.messaging.IdempotentConsumer;

/** Keeps the pairing and organization projections from pairing-service's and registry-service's events. */
@ApplicationScoped
public class ProjectionConsumers {

    private final IdempotentConsumer consumer;
    private final Projections projections;

    ProjectionConsumers(IdempotentConsumer consumer, Projections projections) {
        this.consumer = consumer;
        this.projections = projections;
    }

    @Incoming("pairings")
    @Blocking
    public void onPairing(ConsumerRecord<String, String> record) {
        consumer.apply("activity.pairings", record, event -> event.event().ifPresent(e -> {
            if (e instanceof PairingLifecycleEvent lifecycle) {
                projections.pairing(lifecycle.pairing());
            }
        }));
    }

    @Incoming("organizations")
    @Blocking
    public void onOrganization(ConsumerRecord<String, String> record) {
        consumer.apply("activity.organizations", record, event -> event.event().ifPresent(e -> {
            if (e instanceof OrganizationEvent organization) {
                projections.organization(organization.organization());
            }
        }));
    }
}
