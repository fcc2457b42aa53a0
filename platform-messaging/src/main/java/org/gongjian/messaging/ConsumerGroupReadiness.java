package org.gongjian.messaging;

import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import io.smallrye.reactive.messaging.kafka.KafkaConsumer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Readiness check {@code kafka-consumers}: DOWN until every incoming Kafka channel of the service holds partitions
 * of its topic, so that a service reported ready does consume. Having joined the group is not enough: a member
 * that joined while the group still counted members of a stopped instance, or before the group's leader knew the
 * topic, holds nothing and reads nothing. Once a channel has held its partitions it stays counted: a later
 * rebalance (another instance joining, the broker restarting) does not take the service out of service.
 * <p>
 * An instance beyond a topic's partition count (3 on our brokers) is given nothing and stays DOWN: it would not
 * consume either.
 */
@Readiness
@ApplicationScoped
public class ConsumerGroupReadiness implements HealthCheck {

    static final String NAME = "kafka-consumers";

    private final Instance<KafkaClientService> clients;
    private final Set<String> consuming = ConcurrentHashMap.newKeySet();

    ConsumerGroupReadiness(Instance<KafkaClientService> clients) {
        this.clients = clients;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME).up();
        if (!clients.isResolvable()) {
            return response.build();
        }
        KafkaClientService service = clients.get();
        Map<String, String> channels = new TreeMap<>();
        boolean all = true;
        for (String channel : service.getConsumerChannels()) {
            List<GroupMembership> members = new ArrayList<>();
            for (KafkaConsumer<Object, Object> consumer : service.getConsumers(channel)) {
                members.add(GroupMembership.of(consumer.unwrap()));
            }
            boolean ready = channelConsumes(channel, members);
            all &= ready;
            channels.put(channel, (ready ? "consuming: " : "waiting: ")
                    + String.join("; ", members.stream().map(GroupMembership::describe).toList()));
        }
        channels.forEach(response::withData);
        return response.status(all).build();
    }

    /** Whether every consumer of the channel holds partitions now, or the channel has held them all once. */
    boolean channelConsumes(String channel, List<GroupMembership> members) {
        if (consuming.contains(channel)) {
            return true;
        }
        if (!members.isEmpty() && members.stream().allMatch(GroupMembership::holdsPartitions)) {
            consuming.add(channel);
            return true;
        }
        return false;
    }

    /** What a Kafka consumer's own metrics say about its place in the group. */
    record GroupMembership(boolean joined, long assignedPartitions) {

        private static final String GROUP = "consumer-coordinator-metrics";

        /** Reads the consumer's metrics, which are safe to read from any thread (unlike the consumer itself). */
        static GroupMembership of(Consumer<?, ?> consumer) {
            if (consumer == null) {
                return new GroupMembership(false, 0);
            }
            double lastRebalance = -1;
            double assigned = 0;
            for (Map.Entry<MetricName, ? extends Metric> metric : consumer.metrics().entrySet()) {
                if (!GROUP.equals(metric.getKey().group())) {
                    continue;
                }
                switch (metric.getKey().name()) {
                    // -1 until the first rebalance of this consumer completed
                    case "last-rebalance-seconds-ago" -> lastRebalance = value(metric.getValue());
                    case "assigned-partitions" -> assigned = value(metric.getValue());
                    default -> { }
                }
            }
            return new GroupMembership(lastRebalance >= 0, (long) Math.max(0, assigned));
        }

        private static double value(Metric metric) {
            return metric.metricValue() instanceof Number n ? n.doubleValue() : -1;
        }

        boolean holdsPartitions() {
            return joined && assignedPartitions > 0;
        }

        String describe() {
            if (!joined) {
                return "waiting for its group";
            }
            return assignedPartitions > 0 ? assignedPartitions + " partition(s)" : "in its group, no partition assigned yet";
        }
    }
}
