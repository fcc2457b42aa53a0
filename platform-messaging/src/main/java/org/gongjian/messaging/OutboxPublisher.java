package org.gongjian.messaging;

import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.gongjian.events.CloudEventAttributes;
import org.jboss.logging.Logger;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * One publishing cycle of the outbox: lock a batch of unsent rows, send them to Kafka in commit order, mark the
 * acknowledged ones sent, commit. Delivery is at least once (a crash between the broker's acknowledgement and the
 * commit sends a row again); consumers are idempotent. Several instances may run at once: a transaction-scoped advisory lock lets one
 * publish while the others find nothing to do, which keeps the order per key across instances, and
 * {@code FOR UPDATE SKIP LOCKED} keeps a row from ever being taken twice.
 */
public class OutboxPublisher {

    private static final Logger LOG = Logger.getLogger(OutboxPublisher.class);

    /** A fixed key for {@code pg_try_advisory_xact_lock}: the outbox of this database. */
    private static final long RELAY_LOCK = 0x6f7574626f78L;

    private final DataSource dataSource;
    private final Producer<String, String> producer;
    private final PublishListener listener;

    /** What the relay learns of each cycle, for metrics. */
    public interface PublishListener {
        void published(OffsetDateTime occurredAt);

        PublishListener NONE = occurredAt -> {
        };
    }

    public record Cycle(int published, boolean failed, boolean lockTaken) {
    }

    /**
     * @param producer a producer whose {@code delivery.timeout.ms} bounds every send: a send the producer gives
     *                 up on is never delivered later, so the row can be retried without a duplicate
     */
    public OutboxPublisher(DataSource dataSource, Producer<String, String> producer, PublishListener listener) {
        this.dataSource = dataSource;
        this.producer = producer;
        this.listener = listener;
    }

    public Cycle publishBatch(int batchSize) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                Cycle cycle = publishBatch(connection, batchSize);
                connection.commit();
                return cycle;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    private Cycle publishBatch(Connection connection, int batchSize) throws SQLException {
        if (!tryLock(connection)) {
            return new Cycle(0, false, false);
        }
        List<OutboxRow> rows = lockUnsent(connection, batchSize);
        List<Future<RecordMetadata>> sends = new ArrayList<>(rows.size());
        RuntimeException sendFailure = null;
        for (OutboxRow row : rows) {
            try {
                Future<RecordMetadata> send = producer.send(toRecord(row));
                sends.add(send);
                if (send.isDone() && failedAlready(send)) {
                    // e.g. no metadata for the topic within max.block.ms: later rows must not overtake this one
                    break;
                }
            } catch (RuntimeException e) {
                sendFailure = e;
                break;
            }
        }
        List<OutboxRow> acknowledged = new ArrayList<>(sends.size());
        boolean failed = sendFailure != null;
        // Await every send, also after a failure, so that nothing is left in flight when the cycle ends. Every
        // acknowledged row is marked, so a retry never doubles an event; the rest stay for the next cycle. The
        // idempotent producer fails the later batches of a partition with an earlier one, so a retried row is
        // not overtaken by a later event of the same key.
        for (int i = 0; i < sends.size(); i++) {
            if (await(sends.get(i), rows.get(i))) {
                acknowledged.add(rows.get(i));
            } else {
                failed = true;
            }
        }
        if (sendFailure != null) {
            LOG.warnf("Outbox publish stopped: %s", sendFailure.getMessage());
        }
        markSent(connection, acknowledged.stream().map(OutboxRow::id).toList());
        acknowledged.forEach(row -> listener.published(row.occurredAt()));
        return new Cycle(acknowledged.size(), failed, true);
    }

    private boolean await(Future<RecordMetadata> send, OutboxRow row) {
        try {
            send.get();
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException e) {
            LOG.warnf("Event %s (%s) not published yet: %s", row.id(), row.type(),
                    e.getCause() == null ? e.toString() : e.getCause().getMessage());
            return false;
        }
    }

    private static boolean failedAlready(Future<RecordMetadata> send) {
        try {
            send.get();
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        } catch (ExecutionException e) {
            return true;
        }
    }

    private static boolean tryLock(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT pg_try_advisory_xact_lock(?)")) {
            statement.setLong(1, RELAY_LOCK);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }

    private static List<OutboxRow> lockUnsent(Connection connection, int batchSize) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("""
                SELECT id, topic, aggregateid, type, payload::text, district, source, occurred_at
                FROM outbox_event
                WHERE sent_at IS NULL
                ORDER BY seq
                LIMIT ?
                FOR UPDATE SKIP LOCKED
                """)) {
            statement.setInt(1, batchSize);
            List<OutboxRow> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    rows.add(new OutboxRow(result.getObject(1, UUID.class), result.getString(2), result.getString(3),
                            result.getString(4), result.getString(5), result.getString(6), result.getString(7),
                            result.getObject(8, OffsetDateTime.class)));
                }
            }
            return rows;
        }
    }

    private static void markSent(Connection connection, List<UUID> ids) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(
                "UPDATE outbox_event SET sent_at = now() WHERE id = ANY (?)")) {
            Array array = connection.createArrayOf("uuid", ids.toArray());
            statement.setArray(1, array);
            statement.executeUpdate();
        }
    }

    private static ProducerRecord<String, String> toRecord(OutboxRow row) {
        ProducerRecord<String, String> record = new ProducerRecord<>(row.topic(), row.aggregateId(), row.payload());
        header(record, CloudEventAttributes.HEADER_SPEC_VERSION, CloudEventAttributes.SPEC_VERSION);
        header(record, CloudEventAttributes.HEADER_ID, row.id().toString());
        header(record, CloudEventAttributes.HEADER_SOURCE, row.source());
        header(record, CloudEventAttributes.HEADER_TYPE, row.type());
        header(record, CloudEventAttributes.HEADER_SUBJECT, row.aggregateId());
        header(record, CloudEventAttributes.HEADER_TIME, row.occurredAt().toString());
        header(record, CloudEventAttributes.HEADER_CONTENT_TYPE, CloudEventAttributes.CONTENT_TYPE);
        if (row.district() != null) {
            header(record, CloudEventAttributes.HEADER_DISTRICT, row.district());
        }
        return record;
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private record OutboxRow(UUID id, String topic, String aggregateId, String type, String payload, String district,
            String source, OffsetDateTime occurredAt) {
    }
}
