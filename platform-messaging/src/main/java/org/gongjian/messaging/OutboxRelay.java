package org.gongjian.messaging;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Publishes the outbox to Kafka on a thread of its own: woken right after a commit that wrote events, polling as
 * the fallback, backing off while the broker is unreachable. Nothing is dropped: rows stay until acknowledged.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private final AgroalDataSource dataSource;
    private final OutboxConfig config;
    private final OutboxMetrics metrics;
    private final Backoff backoff;
    private final String bootstrapServers;
    private final Semaphore wakeUps = new Semaphore(0);

    private volatile Thread worker;
    private volatile boolean running;
    private Producer<String, String> producer;
    private OutboxPublisher publisher;

    OutboxRelay(AgroalDataSource dataSource, OutboxConfig config, OutboxMetrics metrics,
            @ConfigProperty(name = "kafka.bootstrap.servers", defaultValue = "localhost:9092") String bootstrapServers) {
        this.dataSource = dataSource;
        this.config = config;
        this.metrics = metrics;
        this.backoff = new Backoff(config.relay().firstBackoff(), config.relay().longestBackoff());
        this.bootstrapServers = bootstrapServers;
    }

    void start(@Observes StartupEvent event) {
        if (!config.relay().enabled()) {
            LOG.info("Outbox relay disabled");
            return;
        }
        running = true;
        worker = Thread.ofPlatform().name("outbox-relay").daemon().start(this::run);
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        Thread current = worker;
        if (current != null) {
            current.interrupt();
            try {
                current.join(Duration.ofSeconds(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        closeProducer();
    }

    /** Asks the relay to publish now rather than at its next poll. */
    public void wake() {
        wakeUps.release();
    }

    /**
     * Runs one cycle on the caller's thread; for tests that drive the relay by hand.
     *
     * @return how many events were published
     */
    public synchronized int publishNow() throws Exception {
        return publisher().publishBatch(config.relay().batchSize()).published();
    }

    private void run() {
        Duration pause = backoff.first();
        while (running) {
            try {
                OutboxPublisher.Cycle cycle;
                synchronized (this) {
                    cycle = publisher().publishBatch(config.relay().batchSize());
                }
                metrics.refreshPending();
                if (cycle.failed()) {
                    metrics.failed();
                    closeProducer();
                    sleep(pause);
                    pause = backoff.after(pause);
                    continue;
                }
                pause = backoff.first();
                if (cycle.published() < config.relay().batchSize()) {
                    wakeUps.tryAcquire(config.relay().pollInterval().toMillis(), TimeUnit.MILLISECONDS);
                    wakeUps.drainPermits();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                if (!running) {
                    return;
                }
                LOG.warnf("Outbox relay cycle failed, retrying in %s: %s", pause, e.getMessage());
                metrics.failed();
                sleep(pause);
                pause = backoff.after(pause);
            }
        }
    }

    private void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    private synchronized OutboxPublisher publisher() {
        if (publisher == null) {
            producer = createProducer();
            publisher = new OutboxPublisher(dataSource, producer, metrics::published);
        }
        return publisher;
    }

    private synchronized void closeProducer() {
        if (producer != null) {
            // Abort whatever is still queued: those rows are unmarked and will be sent again.
            producer.close(Duration.ZERO);
            producer = null;
            publisher = null;
        }
    }

    private Producer<String, String> createProducer() {
        long timeout = config.relay().sendTimeout().toMillis();
        Map<String, Object> properties = new HashMap<>();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ProducerConfig.CLIENT_ID_CONFIG, "outbox-relay" + config.source().replace('/', '-'));
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        properties.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, timeout);
        properties.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) Math.max(1000, timeout / 2));
        properties.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) timeout);
        properties.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        return new KafkaProducer<>(properties, new StringSerializer(), new StringSerializer());
    }
}
