package org.gongjian.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;

import java.util.Map;

/**
 * A real Kafka broker (KRaft, one combined node) inside the test JVM.
 */
public class KafkaTestResource implements QuarkusTestResourceLifecycleManager {

    private static volatile KafkaClusterTestKit cluster;

    @Override
    public Map<String, String> start() {
        // Kafka instantiates plugins (metrics reporters) through the context class loader; its own threads
        // inherit it. Use the loader that has the broker classes, not whichever one started the resource.
        Thread current = Thread.currentThread();
        ClassLoader previous = current.getContextClassLoader();
        current.setContextClassLoader(KafkaTestResource.class.getClassLoader());
        try {
            cluster = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                    .setCombined(true)
                    .setNumBrokerNodes(1)
                    .setNumControllerNodes(1)
                    .build())
                    .setConfigProp("offsets.topic.replication.factor", "1")
                    .setConfigProp("offsets.topic.num.partitions", "4")
                    .setConfigProp("transaction.state.log.replication.factor", "1")
                    .setConfigProp("transaction.state.log.min.isr", "1")
                    .setConfigProp("group.initial.rebalance.delay.ms", "0")
                    .setConfigProp("auto.create.topics.enable", "true")
                    .setConfigProp("num.partitions", "3")
                    // Fixed ports, so that a broker stopped and started again by a test is found where it was
                    .setConfigProp("listeners", "EXTERNAL://localhost:" + freePort() + ",CONTROLLER://localhost:" + freePort())
                    .build();
            cluster.format();
            cluster.startup();
            cluster.waitForReadyBrokers();
        } catch (Exception e) {
            throw new IllegalStateException("Kafka did not start", e);
        } finally {
            current.setContextClassLoader(previous);
        }
        String bootstrap = cluster.bootstrapServers();
        System.setProperty(KafkaTopics.BOOTSTRAP_PROPERTY, bootstrap);
        return Map.of("kafka.bootstrap.servers", bootstrap);
    }

    private static int freePort() throws java.io.IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** The running cluster, for tests that stop and restart the broker. */
    public static KafkaClusterTestKit cluster() {
        return cluster;
    }

    @Override
    public void stop() {
        if (cluster != null) {
            try {
                cluster.close();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            cluster = null;
        }
    }
}
