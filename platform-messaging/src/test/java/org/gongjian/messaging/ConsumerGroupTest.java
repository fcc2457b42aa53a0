package org.gongjian.messaging;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.gongjian.testing.KafkaTopics;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The consumers of every service, as {@code META-INF/microprofile-config.properties} configures them, on a real
 * broker: readiness waits for the group, a stopped instance leaves its group, and one that vanished without leaving
 * is replaced fast enough that a restarted instance consumes within 15 s.
 */
@QuarkusTest
class ConsumerGroupTest {

    private static final String CONNECTOR = "mp.messaging.connector.smallrye-kafka.";
    private static final List<String> CONSUMER_SETTINGS = List.of(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG,
            ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, ConsumerConfig.AUTO_OFFSET_RESET_CONFIG);

    @Inject
    @Readiness
    ConsumerGroupReadiness readiness;

    @Inject
    Config config;

    @Test
    void readinessIsUpOnceEveryChannelHoldsPartitions() {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            HealthCheckResponse response = readiness.call();
            assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
            assertThat(response.getData()).hasValueSatisfying(data ->
                    assertThat(data.get("notes")).asString().startsWith("consuming: ").endsWith("partition(s)"));
        });
    }

    @Test
    void aConsumerInItsGroupWithoutPartitionsDoesNotMakeItsChannelReady() {
        String topic = newTopic(1);
        String group = "no-partition-" + UUID.randomUUID();
        try (KafkaConsumer<String, String> first = consumer(group); KafkaConsumer<String, String> second = consumer(group)) {
            first.subscribe(List.of(topic));
            second.subscribe(List.of(topic));
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                first.poll(Duration.ofMillis(100));
                second.poll(Duration.ofMillis(100));
                return first.assignment().size() + second.assignment().size() == 1
                        && ConsumerGroupReadiness.GroupMembership.of(first).joined()
                        && ConsumerGroupReadiness.GroupMembership.of(second).joined();
            });
            ConsumerGroupReadiness.GroupMembership one = ConsumerGroupReadiness.GroupMembership.of(first);
            ConsumerGroupReadiness.GroupMembership other = ConsumerGroupReadiness.GroupMembership.of(second);
            assertThat(List.of(one.holdsPartitions(), other.holdsPartitions())).containsExactlyInAnyOrder(true, false);

            ConsumerGroupReadiness check = new ConsumerGroupReadiness(null);
            assertThat(check.channelConsumes("both", List.of(one, other))).as("one member reads nothing").isFalse();
            assertThat(check.channelConsumes("holder", List.of(one.holdsPartitions() ? one : other))).isTrue();
        }
    }

    @Test
    void aChannelThatHeldItsPartitionsStaysReadyThroughALaterRebalance() {
        ConsumerGroupReadiness check = new ConsumerGroupReadiness(null);
        ConsumerGroupReadiness.GroupMembership waiting = new ConsumerGroupReadiness.GroupMembership(false, 0);
        ConsumerGroupReadiness.GroupMembership rebalancing = new ConsumerGroupReadiness.GroupMembership(true, 0);
        ConsumerGroupReadiness.GroupMembership holding = new ConsumerGroupReadiness.GroupMembership(true, 2);

        assertThat(check.channelConsumes("pairings", List.of(waiting))).isFalse();
        assertThat(check.channelConsumes("pairings", List.of(rebalancing))).isFalse();
        assertThat(check.channelConsumes("pairings", List.of())).isFalse();
        assertThat(check.channelConsumes("pairings", List.of(holding))).isTrue();
        assertThat(check.channelConsumes("pairings", List.of(rebalancing))).isTrue();
        assertThat(check.channelConsumes("demands", List.of(rebalancing))).isFalse();
    }

    @Test
    void aConsumerThatHasNotJoinedItsGroupIsNotReadyAndIsOnceItHas() {
        String topic = newTopic();
        try (KafkaConsumer<String, String> consumer = consumer("readiness-" + UUID.randomUUID())) {
            assertThat(ConsumerGroupReadiness.GroupMembership.of(consumer).joined()).isFalse();

            consumer.subscribe(List.of(topic));
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(100));
                return !consumer.assignment().isEmpty();
            });

            ConsumerGroupReadiness.GroupMembership membership = ConsumerGroupReadiness.GroupMembership.of(consumer);
            assertThat(membership.joined()).isTrue();
            assertThat(membership.assignedPartitions()).isEqualTo(3);
        }
    }

    @Test
    void aStoppedConsumerLeavesItsGroupSoItsSuccessorConsumesAtOnce() {
        String topic = newTopic();
        String group = "graceful-" + UUID.randomUUID();
        KafkaConsumer<String, String> first = consumer(group);
        first.subscribe(List.of(topic));
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            first.poll(Duration.ofMillis(100));
            return !first.assignment().isEmpty();
        });
        long closing = System.nanoTime();
        first.close(Duration.ofSeconds(1)); // what the connector does on shutdown (default.api.timeout.ms, 1 s)
        assertThat((System.nanoTime() - closing) / 1e9).as("seconds to close").isLessThan(1.5);
        assertThat(members(group)).as("members left right after the close").isZero();

        assertThat(secondsUntilAssigned(group, topic)).isLessThan(5);
    }

    @Test
    void aConsumerKilledWithoutLeavingIsReplacedWithinFifteenSeconds() throws Exception {
        String topic = newTopic();
        String group = "killed-" + UUID.randomUUID();
        Process member = startMemberInItsOwnJvm(group, topic);
        try {
            member.destroyForcibly().waitFor(10, TimeUnit.SECONDS); // SIGKILL: no LeaveGroup is ever sent
        } finally {
            member.destroyForcibly();
        }

        assertThat(secondsUntilAssigned(group, topic)).isLessThan(15);
    }

    private double secondsUntilAssigned(String group, String topic) {
        long started = System.nanoTime();
        try (KafkaConsumer<String, String> successor = consumer(group)) {
            successor.subscribe(List.of(topic));
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                successor.poll(Duration.ofMillis(100));
                return successor.assignment().size() == 3;
            });
        }
        return (System.nanoTime() - started) / 1e9;
    }

    private Process startMemberInItsOwnJvm(String group, String topic) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), GroupMember.class.getName(),
                KafkaTopics.bootstrapServers(), group, topic));
        settings().forEach((key, value) -> command.add(key + "=" + value));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        CompletableFuture<Boolean> assigned = CompletableFuture.supplyAsync(() -> out.lines()
                .anyMatch(GroupMember.ASSIGNED::equals));
        try {
            // a JVM of its own starts slowly on a busy machine; what is measured begins once it is in the group
            assertThat(assigned.get(180, TimeUnit.SECONDS)).as("the member in its own JVM joined its group").isTrue();
        } catch (Exception | AssertionError e) {
            process.destroyForcibly();
            throw e;
        }
        return process;
    }

    private KafkaConsumer<String, String> consumer(String group) {
        Map<String, Object> properties = new HashMap<>(settings());
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaTopics.bootstrapServers());
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        return new KafkaConsumer<>(properties, new StringDeserializer(), new StringDeserializer());
    }

    /** The group settings every service's channels get from platform-messaging. */
    private Map<String, String> settings() {
        Map<String, String> settings = new HashMap<>();
        for (String key : CONSUMER_SETTINGS) {
            settings.put(key, config.getValue(CONNECTOR + key, String.class));
        }
        return settings;
    }

    private static int members(String group) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaTopics.bootstrapServers()))) {
            return admin.describeConsumerGroups(List.of(group)).describedGroups().get(group).get(10, TimeUnit.SECONDS)
                    .members().size();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String newTopic() {
        return newTopic(3);
    }

    private static String newTopic(int partitions) {
        String topic = "gongjian.test.group-" + UUID.randomUUID();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaTopics.bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(topic, partitions, (short) 1))).all().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return topic;
    }
}
