package org.gongjian.events;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongjian.events.activity.ActivityCancelled;
import org.gongjian.events.activity.ActivityConfirmed;
import org.gongjian.events.activity.ActivityCorrected;
import org.gongjian.events.activity.ActivityDisputeResolved;
import org.gongjian.events.activity.ActivityDisputed;
import org.gongjian.events.activity.ActivityEvent;
import org.gongjian.events.activity.ActivityHeld;
import org.gongjian.events.activity.ActivityRescheduled;
import org.gongjian.events.activity.ActivityScheduled;
import org.gongjian.events.cadence.CadenceAtRisk;
import org.gongjian.events.cadence.CadenceEvent;
import org.gongjian.events.cadence.CadenceMissed;
import org.gongjian.events.demand.DemandAccepted;
import org.gongjian.events.demand.DemandDueSoon;
import org.gongjian.events.demand.DemandEvent;
import org.gongjian.events.demand.DemandOverdue;
import org.gongjian.events.demand.DemandRaised;
import org.gongjian.events.demand.DemandRejected;
import org.gongjian.events.demand.DemandResolved;
import org.gongjian.events.organization.OrganizationDissolved;
import org.gongjian.events.organization.OrganizationEvent;
import org.gongjian.events.organization.OrganizationRegistered;
import org.gongjian.events.organization.OrganizationUpdated;
import org.gongjian.events.pairing.LaunchEvent;
import org.gongjian.events.pairing.LaunchHeld;
import org.gongjian.events.pairing.PairingActivated;
import org.gongjian.events.pairing.PairingConcluded;
import org.gongjian.events.pairing.PairingEvaluated;
import org.gongjian.events.pairing.PairingEvaluationRequested;
import org.gongjian.events.pairing.PairingEvent;
import org.gongjian.events.pairing.PairingProposed;
import org.gongjian.events.pairing.PairingRejected;
import org.gongjian.events.pairing.PairingResumed;
import org.gongjian.events.pairing.PairingSuspended;
import org.gongjian.events.pairing.PairingUpdated;

/**
 * Every event type of the platform: from the CloudEvents {@code type} to its record, topic and schema. A
 * consumer looks up the {@code ce_type} header here to know how to read a record's value.
 */
public final class EventTypes {

    private static final Map<String, EventType> BY_TYPE = new LinkedHashMap<>();

    static {
        String organization = OrganizationEvent.AGGREGATE_TYPE;
        add(OrganizationRegistered.TYPE, OrganizationRegistered.class, Topics.ORGANIZATION, organization);
        add(OrganizationUpdated.TYPE, OrganizationUpdated.class, Topics.ORGANIZATION, organization);
        add(OrganizationDissolved.TYPE, OrganizationDissolved.class, Topics.ORGANIZATION, organization);

        String pairing = PairingEvent.AGGREGATE_TYPE;
        add(PairingProposed.TYPE, PairingProposed.class, Topics.PAIRING, pairing);
        add(PairingUpdated.TYPE, PairingUpdated.class, Topics.PAIRING, pairing);
        add(PairingActivated.TYPE, PairingActivated.class, Topics.PAIRING, pairing);
        add(PairingRejected.TYPE, PairingRejected.class, Topics.PAIRING, pairing);
        add(PairingSuspended.TYPE, PairingSuspended.class, Topics.PAIRING, pairing);
        add(PairingResumed.TYPE, PairingResumed.class, Topics.PAIRING, pairing);
        add(PairingConcluded.TYPE, PairingConcluded.class, Topics.PAIRING, pairing);
        add(PairingEvaluated.TYPE, PairingEvaluated.class, Topics.PAIRING, pairing);
        add(PairingEvaluationRequested.TYPE, PairingEvaluationRequested.class, Topics.PAIRING, pairing);
        add(LaunchHeld.TYPE, LaunchHeld.class, Topics.PAIRING, LaunchEvent.AGGREGATE_TYPE);

        String demand = DemandEvent.AGGREGATE_TYPE;
        add(DemandRaised.TYPE, DemandRaised.class, Topics.DEMAND, demand);
        add(DemandAccepted.TYPE, DemandAccepted.class, Topics.DEMAND, demand);
        add(DemandResolved.TYPE, DemandResolved.class, Topics.DEMAND, demand);
        add(DemandRejected.TYPE, DemandRejected.class, Topics.DEMAND, demand);
        add(DemandDueSoon.TYPE, DemandDueSoon.class, Topics.DEMAND, demand);
        add(DemandOverdue.TYPE, DemandOverdue.class, Topics.DEMAND, demand);

        String activity = ActivityEvent.AGGREGATE_TYPE;
        add(ActivityScheduled.TYPE, ActivityScheduled.class, Topics.ACTIVITY, activity);
        add(ActivityRescheduled.TYPE, ActivityRescheduled.class, Topics.ACTIVITY, activity);
        add(ActivityCancelled.TYPE, ActivityCancelled.class, Topics.ACTIVITY, activity);
        add(ActivityHeld.TYPE, ActivityHeld.class, Topics.ACTIVITY, activity);
        add(ActivityConfirmed.TYPE, ActivityConfirmed.class, Topics.ACTIVITY, activity);
        add(ActivityCorrected.TYPE, ActivityCorrected.class, Topics.ACTIVITY, activity);
        add(ActivityDisputed.TYPE, ActivityDisputed.class, Topics.ACTIVITY, activity);
        add(ActivityDisputeResolved.TYPE, ActivityDisputeResolved.class, Topics.ACTIVITY, activity);

        String cadence = CadenceEvent.AGGREGATE_TYPE;
        add(CadenceAtRisk.TYPE, CadenceAtRisk.class, Topics.CADENCE, cadence);
        add(CadenceMissed.TYPE, CadenceMissed.class, Topics.CADENCE, cadence);
    }

    private static final List<EventType> ALL = List.copyOf(BY_TYPE.values());

    private EventTypes() {
    }

    private static void add(String type, Class<? extends GongjianEvent> eventClass, String topic,
            String aggregateType) {
        if (BY_TYPE.putIfAbsent(type, new EventType(type, eventClass, topic, aggregateType)) != null) {
            throw new IllegalStateException("Event type defined twice: " + type);
        }
    }

    /** Every event type, grouped by topic, in a stable order. */
    public static List<EventType> all() {
        return ALL;
    }

    /** The event types published on one topic; empty for a topic that is not ours. */
    public static List<EventType> onTopic(String topic) {
        return ALL.stream().filter(t -> t.topic().equals(topic)).toList();
    }

    /** The event type, or empty when these contracts do not define it. */
    public static Optional<EventType> find(String type) {
        return Optional.ofNullable(type == null ? null : BY_TYPE.get(type));
    }

    /**
     * The event type.
     *
     * @throws UnknownEventTypeException when these contracts do not define it
     */
    public static EventType require(String type) {
        return find(type).orElseThrow(() -> new UnknownEventTypeException(type));
    }

    public static boolean isKnown(String type) {
        return find(type).isPresent();
    }

    /** The record class for a type, e.g. {@code PairingActivated.class} for {@code pairing.activated.v1}. */
    public static Optional<Class<? extends GongjianEvent>> classOf(String type) {
        return find(type).map(EventType::eventClass);
    }

    /** The topic a type is published on. */
    public static Optional<String> topicOf(String type) {
        return find(type).map(EventType::topic);
    }

    /**
     * The classpath resource of a type's JSON Schema, e.g. {@code /schemas/pairing.activated.v1.json}.
     *
     * @throws UnknownEventTypeException when these contracts do not define the type
     */
    public static String schemaResource(String type) {
        return require(type).schemaResource();
    }
}
