package org.gongjian.resilience;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Every committed change against every consumer: each outbox row of a topic must be in the {@code processed_event}
 * table of each service consuming that topic, under the consumer's name. Read from the databases, never from logs.
 */
public final class EventAccounting {

    /** The consumers of each topic (service database and consumer name), as the services' {@code @Incoming} apply them. */
    public static final Map<String, List<Consumer>> CONSUMERS = Map.of(
            "gongjian.registry.organization", List.of(new Consumer("activity", "activity.organizations"),
                    new Consumer("notification", "notification.organizations"), new Consumer("pairing", "pairing.organizations")),
            "gongjian.pairing.pairing", List.of(new Consumer("activity", "activity.pairings"),
                    new Consumer("notification", "notification.pairings")),
            "gongjian.pairing.demand", List.of(new Consumer("notification", "notification.demands")),
            "gongjian.activity.activity", List.of(new Consumer("notification", "notification.activities"),
                    new Consumer("pairing", "pairing.activities")),
            "gongjian.activity.cadence", List.of(new Consumer("notification", "notification.cadence"),
                    new Consumer("pairing", "pairing.cadence")));

    /** A consuming service: its database and the consumer name it records applied events under. */
    public record Consumer(String database, String name) {
    }

    /** One outbox row: the event id (also the CloudEvent id on Kafka), its topic, whether the relay published it. */
    public record OutboxRow(UUID id, String topic, boolean sent) {
    }

    /**
     * @param published  outbox rows the relay marked sent
     * @param undrained  outbox rows not yet sent
     * @param expected   (row, consumer) pairs that must have been applied
     * @param consumed   of those, the pairs found in {@code processed_event}
     * @param lost       sent rows some consumer never applied
     * @param unknown    processed ids of a topic's consumer that no outbox row explains
     */
    public record Result(long published, long undrained, long expected, long consumed, long lost, long unknown) {
        public boolean complete() {
            return undrained == 0 && lost == 0;
        }
    }

    private EventAccounting() {
    }

    /**
     * @param outbox    every outbox row of every service
     * @param processed the applied event ids per consumer name
     */
    public static Result account(Collection<OutboxRow> outbox, Map<String, Set<UUID>> processed) {
        long published = 0;
        long undrained = 0;
        long expected = 0;
        long consumed = 0;
        long lost = 0;
        java.util.Set<UUID> known = new java.util.HashSet<>();
        for (OutboxRow row : outbox) {
            known.add(row.id());
            if (!row.sent()) {
                undrained++;
                continue;
            }
            published++;
            boolean missing = false;
            for (Consumer c : CONSUMERS.getOrDefault(row.topic(), List.of())) {
                expected++;
                if (processed.getOrDefault(c.name(), Set.of()).contains(row.id())) {
                    consumed++;
                } else {
                    missing = true;
                }
            }
            if (missing) {
                lost++;
            }
        }
        long unknown = processed.values().stream().flatMap(Set::stream).filter(id -> !known.contains(id)).count();
        return new Result(published, undrained, expected, consumed, lost, unknown);
    }
}
