package org.gongjian.resilience;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.gongjian.stack.LocalStack;
import org.gongjian.stack.StackConfig;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;

/**
 * What the platform holds, read from its databases, its mailbox (GreenMail's API) and its dead-letter topics: the
 * ground truth the suite checks after each fault.
 */
public final class PlatformLedger {

    private static final List<String> DATABASES = List.of("registry", "pairing", "activity", "notification");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Projections and the aggregates they mirror: {@code <database>.<table>} of the owner, then each projection. A
     * projection row whose version is below its owner's missed an event's effect.
     */
    private static final Map<String, List<String>> PROJECTIONS = Map.of(
            "registry.organization", List.of("pairing.organization", "activity.organization_view", "notification.organization"),
            "pairing.pairing", List.of("activity.pairing_view", "notification.pairing"),
            "activity.activity", List.of("pairing.activity_record", "notification.activity"));

    private final StackConfig config;
    private final String mailApi;
    /** Mail received before the mail server was restarted (it keeps mail in memory only). */
    private Map<String, Long> mailCarried = Map.of();

    private final WebhookReceiver webhookReceiver;

    /** @param webhookReceiver the one webhook endpoint registered on the platform */
    public PlatformLedger(LocalStack stack, WebhookReceiver webhookReceiver) {
        this.config = stack.config();
        this.mailApi = stack.mailApiUrl();
        this.webhookReceiver = webhookReceiver;
    }

    /** Everything the checks need, read now. */
    public record Snapshot(EventAccounting.Result events, long staleProjections, long pendingDeliveries,
                           long deadDeliveries, long duplicateNotices, DeliveryAccounting.Result mail,
                           DeliveryAccounting.Result webhooks, long dlqRecords) {
        /** Nothing left in flight: outboxes drained, every event applied, every delivery (e-mail, webhook) settled. */
        public boolean quiet() {
            return events.complete() && staleProjections == 0 && pendingDeliveries == 0 && mail.lost() == 0
                    && webhooks.lost() == 0;
        }
    }

    public Snapshot read() {
        try {
            List<EventAccounting.OutboxRow> outbox = new ArrayList<>();
            Map<String, Set<UUID>> processed = new HashMap<>();
            for (String db : DATABASES) {
                try (Connection c = connect(db); Statement s = c.createStatement()) {
                    try (ResultSet rs = s.executeQuery("SELECT id, topic, sent_at IS NOT NULL FROM outbox_event")) {
                        while (rs.next()) {
                            outbox.add(new EventAccounting.OutboxRow(rs.getObject(1, UUID.class), rs.getString(2), rs.getBoolean(3)));
                        }
                    }
                    try (ResultSet rs = s.executeQuery("SELECT consumer, event_id FROM processed_event")) {
                        while (rs.next()) {
                            processed.computeIfAbsent(rs.getString(1), k -> new java.util.HashSet<>()).add(rs.getObject(2, UUID.class));
                        }
                    }
                }
            }
            long stale = staleProjections();
            long pending;
            long dead;
            long duplicateNotices;
            Map<String, Long> sentMail = new HashMap<>();
            Map<String, Long> sentWebhooks = new HashMap<>();
            try (Connection c = connect("notification"); Statement s = c.createStatement()) {
                pending = count(s, "SELECT count(*) FROM delivery WHERE status IN ('PENDING', 'SENDING', 'RETRY')");
                dead = count(s, "SELECT count(*) FROM delivery WHERE status = 'DEAD'");
                duplicateNotices = count(s, "SELECT count(*) FROM (SELECT event_id, recipient_key FROM notice"
                        + " GROUP BY event_id, recipient_key HAVING count(*) > 1) d");
                try (ResultSet rs = s.executeQuery("SELECT lower(address), count(*) FROM delivery"
                        + " WHERE channel = 'EMAIL' AND status = 'SENT' GROUP BY lower(address)")) {
                    while (rs.next()) {
                        sentMail.put(rs.getString(1), rs.getLong(2));
                    }
                }
                try (ResultSet rs = s.executeQuery("SELECT event_id::text, count(*) FROM delivery"
                        + " WHERE channel = 'WEBHOOK' AND status = 'SENT' GROUP BY event_id")) {
                    while (rs.next()) {
                        sentWebhooks.put(rs.getString(1), rs.getLong(2));
                    }
                }
            }
            Map<String, Long> received = DeliveryAccounting.plus(mailCarried, mailbox());
            return new Snapshot(EventAccounting.account(outbox, processed), stale, pending, dead, duplicateNotices,
                    DeliveryAccounting.account(sentMail, received),
                    DeliveryAccounting.account(sentWebhooks, webhookReceiver.acknowledged()), dlqRecords());
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the databases: " + e.getMessage(), e);
        }
    }

    /** Keeps the count of mail received so far: call it before the mail server goes down, as it forgets its mail. */
    public void carryMailOver() {
        mailCarried = DeliveryAccounting.plus(mailCarried, mailbox());
    }

    private long staleProjections() throws SQLException {
        long stale = 0;
        for (Map.Entry<String, List<String>> owner : PROJECTIONS.entrySet()) {
            Map<UUID, Long> versions = versions(owner.getKey());
            for (String projection : owner.getValue()) {
                Map<UUID, Long> mirrored = versions(projection);
                for (Map.Entry<UUID, Long> v : versions.entrySet()) {
                    Long seen = mirrored.get(v.getKey());
                    if (seen != null && seen < v.getValue()) {
                        stale++;
                    }
                }
            }
        }
        return stale;
    }

    private Map<UUID, Long> versions(String databaseTable) throws SQLException {
        String[] parts = databaseTable.split("\\.");
        Map<UUID, Long> versions = new HashMap<>();
        try (Connection c = connect(parts[0]); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT id, version FROM " + parts[1])) {
            while (rs.next()) {
                versions.put(rs.getObject(1, UUID.class), rs.getLong(2));
            }
        }
        return versions;
    }

    private static long count(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private Connection connect(String database) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", config.dbUser());
        p.setProperty("password", config.dbPassword());
        p.setProperty("connectTimeout", "5");
        return DriverManager.getConnection(config.jdbcUrl(database), p);
    }

    /** Messages per address in GreenMail now. */
    Map<String, Long> mailbox() {
        Map<String, Long> counts = new HashMap<>();
        JsonNode users = getJson(mailApi + "/api/user");
        for (JsonNode user : users) {
            String address = user.path("email").asText(user.path("login").asText());
            JsonNode messages = getJson(mailApi + "/api/user/"
                    + URLEncoder.encode(address, StandardCharsets.UTF_8).replace("+", "%20") + "/messages/INBOX");
            if (messages.size() > 0) {
                counts.put(address.toLowerCase(java.util.Locale.ROOT), (long) messages.size());
            }
        }
        return counts;
    }

    private static JsonNode getJson(String url) {
        try {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20)).GET().build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (r.statusCode() != 200) {
                return JSON.createArrayNode();
            }
            return JSON.readTree(r.body());
        } catch (Exception e) {
            throw new IllegalStateException("GreenMail API " + url + ": " + e, e);
        }
    }

    /** Records in every {@code *.dlq} topic: the workload sends no poison, so any is a fault's casualty. */
    long dlqRecords() {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, config.kafkaBootstrapServers());
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        p.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "10000");
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(p)) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (Map.Entry<String, List<PartitionInfo>> t : consumer.listTopics().entrySet()) {
                if (t.getKey().endsWith(".dlq")) {
                    t.getValue().forEach(pi -> partitions.add(new TopicPartition(pi.topic(), pi.partition())));
                }
            }
            if (partitions.isEmpty()) {
                return 0;
            }
            Map<TopicPartition, Long> begin = consumer.beginningOffsets(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            return partitions.stream().mapToLong(tp -> end.get(tp) - begin.get(tp)).sum();
        }
    }
}
