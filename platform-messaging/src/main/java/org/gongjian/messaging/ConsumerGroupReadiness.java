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

import java.util.Map;
import java.util.TreeMap;

/**
 * Readiness check {@code kafka-consumers}: DOWN until every incoming Kafka channel of the service has joined its
 * consumer group and received its assignment, so that a service reported ready does consume. An assignment may
 * be empty (more instances than partitions); what counts is that the group has taken the consumer in. Once in,
 * a later rebalance does not turn the check DOWN again.
 */
@Readiness
@ApplicationScoped
public class ConsumerGroupReadiness implements HealthCheck {

    static final String NAME = "kafka-consumers";

    private final Instance<KafkaClientService> clients;

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
            for (KafkaConsumer<Object, Object> consumer : service.getConsumers(channel)) {
                GroupMembership membership = GroupMembership.of(consumer.unwrap());
                all &= membership.joined();
                channels.merge(channel, membership.describe(), (a, b) -> a + "; " + b);
            }
        }
        channels.forEach(response::withData);
        return response.status(all).build();
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
            return new GroupMembership(lastRebalance >= 0, (long) assigned);
        }

        private static double value(Metric metric) {
            return metric.metricValue() instanceof Number n ? n.doubleValue() : -1;
        }

        String describe() {
            return joined ? "joined, " + assignedPartitions + " partition(s)" : "waiting for its group";
        }
    }
}
