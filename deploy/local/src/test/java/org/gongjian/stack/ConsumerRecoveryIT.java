package org.gongjian.stack;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The whole stack with its services, as {@code up.sh} runs it: a service reported ready consumes (every channel in
 * its group with its partitions), a stopped one leaves its group within 10 s, and a restarted one — after a stop or
 * after {@code kill -9} — has its partitions back within 15 s of starting. Slow and opt-in, like {@link LocalStackIT}:
 * {@code ./mvnw -B -f deploy/local/pom.xml verify -Dgongjian.stack.it=true} (every service packaged first).
 */
@EnabledIfSystemProperty(named = "gongjian.stack.it", matches = "true")
class ConsumerRecoveryIT {

    /** The incoming channels of each consuming service: one member each in the service's consumer group. */
    private static final Map<String, Integer> CHANNELS = Map.of(
            "activity-service", 2, "pairing-service", 3, "notification-service", 5);
    private static final String SERVICE = "notification-service";

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

            QuarkusService service = stack.service(SERVICE);
            long stopping = System.nanoTime();
            assertEquals(Component.Stopped.GRACEFULLY, service.stop(), "stopped without being killed");
            double stopSeconds = (System.nanoTime() - stopping) / 1e9;
            System.out.printf("[consumers] %s stopped in %.1f s%n", SERVICE, stopSeconds);
            assertTrue(stopSeconds < 10, "stopped in " + stopSeconds + " s");
            assertEquals(0, members(admin, SERVICE).size(), "its consumers left their group");

            double afterStop = secondsToConsumeAfterStart(admin, service, Set.of());
            System.out.printf("[consumers] restarted after a stop: consuming %.1f s after it started%n", afterStop);
            assertTrue(afterStop < 15, afterStop + " s");

            Set<String> vanished = members(admin, SERVICE).stream().map(MemberDescription::consumerId).collect(Collectors.toSet());
            service.process().orElseThrow().destroyForcibly(); // kill -9: its consumers never leave
            Processes.sleep(500);
            double afterKill = secondsToConsumeAfterStart(admin, service, vanished);
            System.out.printf("[consumers] restarted after kill -9: consuming %.1f s after it started%n", afterKill);
            assertTrue(afterKill < 15, afterKill + " s");
        } finally {
            stack.purge();
        }
    }

    /**
     * Starts the service and measures from the moment it has started (its liveness answers) until every channel has
     * its partitions; the JVM's own start, slow on a busy machine, is not what this is about.
     */
    private static double secondsToConsumeAfterStart(Admin admin, QuarkusService service, Set<String> vanished) {
        service.ensureStarted();
        long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
        while (Http.status(service.managementEndpoint() + "/q/health/live") != 200) {
            assertTrue(System.nanoTime() < deadline, SERVICE + " did not start");
            Processes.sleep(100);
        }
        long started = System.nanoTime();
        while (assignedMembers(admin, SERVICE, vanished) < CHANNELS.get(SERVICE)) {
            assertTrue(System.nanoTime() - started < Duration.ofSeconds(60).toNanos(), "no partitions after 60 s");
            Processes.sleep(200);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        service.awaitReady();
        return seconds;
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
