package org.gongjian.messaging;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A member of a consumer group in a JVM of its own, configured as the services' consumers are, so that a test can
 * kill it ({@code kill -9}) as a crash or a lost node would: it never gets to leave its group. It prints
 * {@code assigned} once the group has taken it in, then polls until killed.
 * <p>
 * Arguments: bootstrap servers, group id, topic, then the consumer settings as {@code key=value}.
 */
public final class GroupMember {

    static final String ASSIGNED = "assigned";

    private GroupMember() {
    }

    public static void main(String[] args) {
        Map<String, Object> config = new HashMap<>();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, args[0]);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, args[1]);
        for (int i = 3; i < args.length; i++) {
            String[] pair = args[i].split("=", 2);
            config.put(pair[0], pair[1]);
        }
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(args[2]));
            boolean announced = false;
            while (true) {
                consumer.poll(Duration.ofMillis(200));
                if (!announced && !consumer.assignment().isEmpty()) {
                    System.out.println(ASSIGNED);
                    System.out.flush();
                    announced = true;
                }
            }
        }
    }
}
