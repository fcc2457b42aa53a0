package org.gongjian.stack;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.common.Uuid;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * A single-node KRaft Kafka broker (combined broker and controller) in its own JVM, from the
 * {@code kafka_2.13} jars the build copied to {@code <dist>/kafka/libs}. Its log directory persists; storage is
 * formatted only the first time.
 */
final class Kafka extends Component {

    static final String NAME = "kafka";

    Kafka(StackConfig config) {
        super(NAME, config);
    }

    @Override
    int port() {
        return config.kafkaPort();
    }

    @Override
    String endpoint() {
        return config.kafkaBootstrapServers();
    }

    @Override
    Duration startTimeout() {
        return Duration.ofSeconds(90);
    }

    private Path libs() {
        return config.distDir().resolve("kafka/libs");
    }

    @Override
    protected void launch() {
        if (!Files.isDirectory(libs())) {
            throw new StackException("Kafka jars not downloaded: " + libs() + " is missing. Build the launcher first.");
        }
        Path logDir = config.dataDir(NAME);
        Path confDir = config.baseDir().resolve("conf");
        Path serverProperties = confDir.resolve("kafka-server.properties");
        Path log4j = confDir.resolve("kafka-log4j2.properties");
        try {
            Files.createDirectories(logDir);
            Files.createDirectories(confDir);
            Files.writeString(serverProperties, serverProperties(logDir), StandardCharsets.UTF_8);
            Files.writeString(log4j, LOG4J2, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> jvm = List.of(config.java().toString(), "-Xms256m", "-Xmx512m", "-XX:+UseG1GC",
                "-Djava.awt.headless=true", "-Dlog4j2.configurationFile=" + log4j.toUri(),
                "-cp", libs() + "/*");
        if (!Files.exists(logDir.resolve("meta.properties"))) {
            String clusterId = Uuid.randomUuid().toString();
            config.out().accept("  kafka: formatting storage in " + logDir + " (cluster id " + clusterId + ")");
            List<String> format = new java.util.ArrayList<>(jvm);
            format.addAll(List.of("kafka.tools.StorageTool", "format", "-t", clusterId, "-c", serverProperties.toString()));
            int rc = Processes.run(format, config.baseDir(), logFile(), Map.of(), Duration.ofMinutes(2));
            if (rc != 0) {
                throw new StackException("formatting Kafka storage failed (exit " + rc + ").\n" + Processes.tail(logFile(), 30));
            }
        }
        List<String> server = new java.util.ArrayList<>(jvm);
        server.addAll(List.of("kafka.Kafka", serverProperties.toString()));
        Processes.writePidFile(pidFile(), Processes.spawnDetached(server, config.baseDir(), logFile(), Map.of()));
    }

    private String serverProperties(Path logDir) {
        return """
                # Written by the Gongjian local stack at every start (see StackConfig); edits here are lost.
                process.roles=broker,controller
                node.id=1
                controller.quorum.voters=1@localhost:%2$d
                listeners=PLAINTEXT://localhost:%1$d,CONTROLLER://localhost:%2$d
                advertised.listeners=PLAINTEXT://localhost:%1$d
                controller.listener.names=CONTROLLER
                inter.broker.listener.name=PLAINTEXT
                listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
                log.dirs=%3$s
                num.partitions=3
                auto.create.topics.enable=true
                offsets.topic.replication.factor=1
                transaction.state.log.replication.factor=1
                transaction.state.log.min.isr=1
                share.coordinator.state.topic.replication.factor=1
                share.coordinator.state.topic.min.isr=1
                group.initial.rebalance.delay.ms=0
                log.retention.hours=168
                """.formatted(config.kafkaPort(), config.kafkaControllerPort(), logDir);
    }

    private static final String LOG4J2 = """
            # Kafka broker logging for the Gongjian local stack: console (the stack's log file), INFO, quiet internals
            status = warn
            appender.console.type = Console
            appender.console.name = STDOUT
            appender.console.layout.type = PatternLayout
            appender.console.layout.pattern = [%d] %p %m (%c)%n
            rootLogger.level = INFO
            rootLogger.appenderRef.stdout.ref = STDOUT
            logger.statechange.name = state.change.logger
            logger.statechange.level = WARN
            logger.request.name = kafka.request.logger
            logger.request.level = WARN
            logger.controller.name = org.apache.kafka.controller
            logger.controller.level = WARN
            logger.raft.name = org.apache.kafka.raft
            logger.raft.level = WARN
            logger.cleaner.name = kafka.log.LogCleaner
            logger.cleaner.level = WARN
            """;

    @Override
    boolean isReady() {
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, config.kafkaBootstrapServers());
        p.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "2000");
        p.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "3000");
        p.put(AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, "500");
        if (!Processes.isPortOpen(port())) {
            return false;
        }
        try (Admin admin = Admin.create(p)) {
            return !admin.describeCluster(new DescribeClusterOptions().timeoutMs(3000))
                    .nodes().get(4, TimeUnit.SECONDS).isEmpty();
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            return false;
        }
    }
}
