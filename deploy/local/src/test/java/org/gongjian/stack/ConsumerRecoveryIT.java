package org.gongjian.stack;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The whole stack with its services, as {@code up.sh} runs it: a service reported ready consumes (every channel in
 * its group with its partitions), a stopped one stops within 10 s of SIGTERM and leaves its group, and a restarted
 * one — after a stop or after {@code kill -9} — consumes the event published while it was down within 15 s of its
 * process start. Slow and opt-in, like {@link LocalStackIT} (every service packaged first):
 * {@code ./mvnw -B -f deploy/local/pom.xml verify -Dgongjian.stack.it=true -Dtest=ConsumerRecoveryIT}.
 */
@EnabledIfSystemProperty(named = "gongjian.stack.it", matches = "true")
class ConsumerRecoveryIT {

    /** The incoming channels of each consuming service: one member each in the service's consumer group. */
    private static final Map<String, Integer> CHANNELS = Map.of(
            "activity-service", 2, "pairing-service", 3, "notification-service", 5);
    private static final String SERVICE = "notification-service";
    /** A topic the service reads on its {@code pairings} channel, the one that waited two minutes. */
    private static final String TOPIC = "gongjian.pairing.pairing";
    private static final String CONSUMER = "notification.pairings";

    @Test
    void readyMeansConsumingAndAStoppedOrKilledServiceIsBackWithinFifteenSeconds(@TempDir Path tmp) throws Exception {
        Path repo = Path.of("../..").toAbsolutePath().normalize();
        for (String service : List.of("registry-service", "pairing-service", "activity-service", "notification-service", "gateway")) {
            assertTrue(Files.isRegularFile(repo.resolve(service).resolve("target/quarkus-app/quarkus-run.jar")),
                    service + " is not packaged: ./mvnw -B package -DskipTests first");
        }
        StackConfig config = StackConfig.forTests(repo, tmp).toBuilder()
                .keycloakTimeout(Duration.ofMinutes(8)).serviceTimeout(Duration.ofMinutes(4)).build();
        LocalStack stack = LocalStack.start(config);
        try (Admin admin = Admin.create(Map.<String, Object>of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                config.kafkaBootstrapServers()))) {
            // reported ready, so every channel has joined its group (a last rebalance may still be settling)
            CHANNELS.forEach((group, channels) -> assertTrue(within(Duration.ofSeconds(5),
                    () -> assignedMembers(admin, group, Set.of()) == channels), group + " is ready but not consuming"));

            for (QuarkusService consuming : CHANNELS.keySet().stream().map(stack::service).toList()) {
                long stopping = System.nanoTime();
                assertEquals(Component.Stopped.GRACEFULLY, consuming.stop(), consuming.name() + " stopped without being killed");
                double stopSeconds = (System.nanoTime() - stopping) / 1e9;
                System.out.printf("[consumers] %s stopped in %.1f s%n", consuming.name(), stopSeconds);
                assertTrue(stopSeconds < 10, consuming.name() + " stopped in " + stopSeconds + " s");
                assertEquals(0, members(admin, consuming.name()).size(), consuming.name() + ": its consumers left their group");
                if (!consuming.name().equals(SERVICE)) {
                    consuming.ensureStarted();
                    consuming.awaitReady();
                }
            }

            QuarkusService service = stack.service(SERVICE);
            UUID published = publish(config);
            Consumed afterStop = consumeAfterStart(admin, config, service, Set.of(), published);
            System.out.printf("[consumers] restarted after a stop: partitions %.1f s, the event published while it was"
                    + " down consumed %.1f s after its process started%n", afterStop.partitions(), afterStop.event());
            assertTrue(afterStop.event() < 15, afterStop + " s");

            Set<String> vanished = members(admin, SERVICE).stream().map(MemberDescription::consumerId).collect(Collectors.toSet());
            service.process().orElseThrow().destroyForcibly(); // kill -9: its consumers never leave
            Processes.sleep(500);
            published = publish(config);
            Consumed afterKill = consumeAfterStart(admin, config, service, vanished, published);
            System.out.printf("[consumers] restarted after kill -9: partitions %.1f s, the event published while it was"
                    + " down consumed %.1f s after its process started%n", afterKill.partitions(), afterKill.event());
            assertTrue(afterKill.event() < 15, afterKill + " s");
        } finally {
            stack.stop();
            stack.copyLogs(Path.of("target/stack-logs"));
            stack.purge();
        }
    }

    /** Seconds from the process start until every channel had partitions, and until the event was consumed. */
    record Consumed(double partitions, double event) {
    }

    /**
     * Starts the service and measures from its process start (as the operating system records it) until every
     * channel has its partitions and until the event published while it was down has been consumed.
     */
    private static Consumed consumeAfterStart(Admin admin, StackConfig config, QuarkusService service, Set<String> vanished,
            UUID event) throws Exception {
        service.ensureStarted();
        Instant started = service.process().orElseThrow().info().startInstant().orElseThrow();
        long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
        double partitions = -1;
        Instant consumed = null;
        while (partitions < 0 || consumed == null) {
            assertTrue(System.nanoTime() < deadline, SERVICE + ": not consuming 4 minutes after its start");
            if (partitions < 0 && assignedMembers(admin, SERVICE, vanished) == CHANNELS.get(SERVICE)) {
                partitions = Duration.between(started, Instant.now()).toMillis() / 1e3;
            }
            consumed = consumed == null ? processedAt(config, event) : consumed;
            Processes.sleep(200);
        }
        service.awaitReady();
        return new Consumed(partitions, Duration.between(started, consumed).toMillis() / 1e3);
    }

    /** An event of a type no service knows, on {@link #TOPIC}: consumers record it as processed and skip it. */
    private static UUID publish(StackConfig config) throws Exception {
        UUID id = UUID.randomUUID();
        try (Producer<String, String> producer = new KafkaProducer<>(Map.<String, Object>of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, config.kafkaBootstrapServers()), new StringSerializer(), new StringSerializer())) {
            ProducerRecord<String, String> record = new ProducerRecord<>(TOPIC, id.toString(), "{}");
            record.headers().add("ce_id", id.toString().getBytes(StandardCharsets.UTF_8));
            record.headers().add("ce_type", "gongjian.test.recovery-probe".getBytes(StandardCharsets.UTF_8));
            record.headers().add("ce_source", "/consumer-recovery-it".getBytes(StandardCharsets.UTF_8));
            producer.send(record).get(30, TimeUnit.SECONDS);
        }
        return id;
    }

    /** When notification-service recorded the event as processed (its database's clock), or null. */
    private static Instant processedAt(StackConfig config, UUID event) throws Exception {
        try (Connection connection = DriverManager.getConnection(config.jdbcUrl("notification"), config.dbUser(), config.dbPassword());
                PreparedStatement query = connection.prepareStatement(
                        "SELECT processed_at FROM processed_event WHERE consumer = ? AND event_id = ?")) {
            query.setString(1, CONSUMER);
            query.setObject(2, event);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? row.getTimestamp(1).toInstant() : null;
            }
        }
    }

    /** The topics of the group's members that hold partitions, members of an instance that vanished not counted. */
    private static int assignedMembers(Admin admin, String group, Set<String> vanished) {
        return (int) members(admin, group).stream()
                .filter(m -> !vanished.contains(m.consumerId()) && !m.assignment().topicPartitions().isEmpty())
                .map(m -> m.assignment().topicPartitions().iterator().next().topic())
                .distinct().count();
    }

    private static boolean within(Duration patience, BooleanSupplier condition) {
        long deadline = System.nanoTime() + patience.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Processes.sleep(200);
        }
        return true;
    }

    private static List<MemberDescription> members(Admin admin, String group) {
        try {
            ConsumerGroupDescription description = admin.describeConsumerGroups(List.of(group))
                    .describedGroups().get(group).get(10, TimeUnit.SECONDS);
            return List.copyOf(description.members());
        } catch (Exception e) {
            throw new IllegalStateException("cannot describe group " + group, e);
        }
    }
}
