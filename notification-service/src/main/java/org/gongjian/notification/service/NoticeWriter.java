package org.gongjian.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.gongjian.notification.domain.Channel;
import org.gongjian.messaging.AfterCommit;
import org.gongjian.notification.domain.Recipient;
import org.hibernate.Session;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Writes the notices of events: one inbox row per recipient, plus an e-mail delivery for those who have an address
 * and want e-mail, plus one webhook delivery per enabled endpoint of the organizations addressed. Every row is unique
 * on (event, recipient or endpoint, channel) in the database, so a redelivered event or two instances racing on the
 * same event write each of them once; only the writer that inserted a notice creates its deliveries.
 *
 * <p>The notices of many events (a batch from Kafka) are written together: one multi-row insert for the notices, one
 * for their deliveries, one lookup of preferences and one of webhook endpoints. Rows go in in key order, so that two
 * instances writing overlapping batches take their row locks in the same order.
 */
@ApplicationScoped
public class NoticeWriter {

    private static final String INSERT_NOTICES = """
            INSERT INTO notice (id, event_id, type, district, organization_id, recipient_key, recipient_role,
                recipient_name, recipient_email, language, title, body, subject_type, subject_id, receipt_required,
                created_at, contact_id)
            SELECT n.id, n.event_id, n.type, n.district, n.organization_id, n.recipient_key, n.recipient_role,
                n.recipient_name, n.recipient_email, n.language, n.title, n.body, n.subject_type, n.subject_id,
                n.receipt_required, ?, n.contact_id
            FROM unnest(?::uuid[], ?::uuid[], ?::text[], ?::text[], ?::uuid[], ?::text[], ?::text[], ?::text[],
                ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::uuid[], ?::boolean[], ?::uuid[])
                AS n (id, event_id, type, district, organization_id, recipient_key, recipient_role, recipient_name,
                    recipient_email, language, title, body, subject_type, subject_id, receipt_required, contact_id)
            ON CONFLICT (event_id, recipient_key) DO NOTHING
            RETURNING id""";
    private static final String INSERT_DELIVERIES = """
            INSERT INTO delivery (id, event_id, notice_id, channel, target, address, payload, status, next_attempt_at,
                created_at)
            SELECT d.id, d.event_id, d.notice_id, d.channel, d.target, d.address, d.payload, 'PENDING', ?, ?
            FROM unnest(?::uuid[], ?::uuid[], ?::uuid[], ?::text[], ?::text[], ?::text[], ?::text[])
                AS d (id, event_id, notice_id, channel, target, address, payload)
            ON CONFLICT (event_id, channel, target) DO NOTHING""";

    private final EntityManager entityManager;
    private final NoticeTexts texts;
    private final WebhookPayloads payloads;
    private final NotificationMetrics metrics;
    private final Clock clock;
    private final AfterCommit afterCommit;
    private final DeliveryDispatcher dispatcher;

    NoticeWriter(EntityManager entityManager, NoticeTexts texts, WebhookPayloads payloads, NotificationMetrics metrics,
            Clock clock, AfterCommit afterCommit, DeliveryDispatcher dispatcher) {
        this.afterCommit = afterCommit;
        this.dispatcher = dispatcher;
        this.entityManager = entityManager;
        this.texts = texts;
        this.payloads = payloads;
        this.metrics = metrics;
        this.clock = clock;
    }

    /** The notices of one event. */
    public record Pending(UUID eventId, NoticeDraft draft) {
    }

    /** @return how many notices were new */
    @Transactional(Transactional.TxType.MANDATORY)
    public int write(UUID eventId, NoticeDraft draft) {
        return writeAll(List.of(new Pending(eventId, draft)));
    }

    /** @return how many notices were new */
    @Transactional(Transactional.TxType.MANDATORY)
    public int writeAll(List<Pending> pending) {
        Map<String, Row> rows = new LinkedHashMap<>();
        for (Pending one : pending) {
            for (Recipient recipient : one.draft().recipients()) {
                rows.putIfAbsent(one.eventId() + " " + recipient.key(), new Row(UUID.randomUUID(), one, recipient));
            }
        }
        if (rows.isEmpty()) {
            return 0;
        }
        List<Row> ordered = rows.values().stream()
                .sorted(Comparator.comparing((Row row) -> row.pending().eventId()).thenComparing(row -> row.recipient().key()))
                .toList();
        OffsetDateTime now = OffsetDateTime.now(clock);
        Map<String, boolean[]> preferences = preferences(ordered);
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            Set<UUID> inserted = insertNotices(connection, ordered, now);
            List<Object[]> deliveries = new ArrayList<>();
            Map<Pending, Set<UUID>> webhookOrganizations = new LinkedHashMap<>();
            for (Row row : ordered) {
                if (!inserted.contains(row.id())) {
                    continue;
                }
                Recipient recipient = row.recipient();
                metrics.noticeWritten(row.pending().draft().type());
                boolean[] wants = preferences.getOrDefault(recipient.key(), new boolean[] {true, true});
                if (recipient.email() != null && wants[0]) {
                    deliveries.add(new Object[] {UUID.randomUUID(), row.pending().eventId(), row.id(), Channel.EMAIL.name(),
                            recipient.key(), recipient.email(), null});
                }
                if (recipient.organizationId() != null && wants[1]) {
                    webhookOrganizations.computeIfAbsent(row.pending(), key -> new LinkedHashSet<>())
                            .add(recipient.organizationId());
                }
            }
            deliveries.addAll(webhookDeliveries(connection, webhookOrganizations, now));
            insertDeliveries(connection, deliveries, now);
            if (!deliveries.isEmpty()) {
                afterCommit.once(NoticeWriter.class, dispatcher::wake);
            }
            return inserted.size();
        });
    }

    private Set<UUID> insertNotices(Connection connection, List<Row> rows, OffsetDateTime now) throws SQLException {
        int size = rows.size();
        Object[][] columns = new Object[16][size];
        for (int i = 0; i < size; i++) {
            Row row = rows.get(i);
            NoticeDraft draft = row.pending().draft();
            Recipient recipient = row.recipient();
            NoticeTexts.Text text = texts.render(draft.type(), recipient.language(), draft.data());
            Object[] values = {row.id(), row.pending().eventId(), draft.type().name(), draft.district(),
                    recipient.organizationId(), recipient.key(), recipient.role().name(), recipient.name(),
                    recipient.email(), recipient.language(), text.title(), text.body(), draft.subjectType(),
                    draft.subjectId(), draft.type().receiptRequired(), recipient.contactId()};
            for (int column = 0; column < values.length; column++) {
                columns[column][i] = values[column];
            }
        }
        String[] types = {"uuid", "uuid", "text", "text", "uuid", "text", "text", "text", "text", "text", "text", "text",
                "text", "uuid", "boolean", "uuid"};
        Set<UUID> inserted = new HashSet<>();
        try (PreparedStatement insert = connection.prepareStatement(INSERT_NOTICES)) {
            insert.setObject(1, now);
            for (int column = 0; column < columns.length; column++) {
                insert.setArray(column + 2, connection.createArrayOf(types[column], columns[column]));
            }
            try (ResultSet result = insert.executeQuery()) {
                while (result.next()) {
                    inserted.add(result.getObject(1, UUID.class));
                }
            }
        }
        return inserted;
    }

    private List<Object[]> webhookDeliveries(Connection connection, Map<Pending, Set<UUID>> organizationsOf,
            OffsetDateTime now) throws SQLException {
        if (organizationsOf.isEmpty()) {
            return List.of();
        }
        Set<UUID> organizations = new LinkedHashSet<>();
        organizationsOf.values().forEach(organizations::addAll);
        Map<UUID, List<String[]>> endpoints = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("""
                SELECT organization_id, id, url FROM webhook_endpoint
                WHERE organization_id = ANY (?) AND enabled ORDER BY id""")) {
            select.setArray(1, connection.createArrayOf("uuid", organizations.toArray()));
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    endpoints.computeIfAbsent(result.getObject(1, UUID.class), key -> new ArrayList<>())
                            .add(new String[] {result.getString(2), result.getString(3)});
                }
            }
        }
        List<Object[]> deliveries = new ArrayList<>();
        organizationsOf.forEach((pending, ids) -> {
            for (UUID organizationId : ids) {
                for (String[] endpoint : endpoints.getOrDefault(organizationId, List.of())) {
                    NoticeDraft draft = pending.draft();
                    deliveries.add(new Object[] {UUID.randomUUID(), pending.eventId(), null, Channel.WEBHOOK.name(),
                            endpoint[0], endpoint[1], payloads.of(pending.eventId(), draft, organizationId,
                            texts.render(draft.type(), "zh-CN", draft.data()), now)});
                }
            }
        });
        return deliveries;
    }

    private static void insertDeliveries(Connection connection, List<Object[]> deliveries, OffsetDateTime now)
            throws SQLException {
        if (deliveries.isEmpty()) {
            return;
        }
        List<Object[]> ordered = deliveries.stream()
                .sorted(Comparator.comparing((Object[] row) -> (UUID) row[1]).thenComparing(row -> (String) row[3])
                        .thenComparing(row -> (String) row[4]))
                .toList();
        String[] types = {"uuid", "uuid", "uuid", "text", "text", "text", "text"};
        try (PreparedStatement insert = connection.prepareStatement(INSERT_DELIVERIES)) {
            insert.setObject(1, now);
            insert.setObject(2, now);
            for (int column = 0; column < types.length; column++) {
                Object[] values = new Object[ordered.size()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = ordered.get(i)[column];
                }
                insert.setArray(column + 3, connection.createArrayOf(types[column], values));
            }
            insert.executeUpdate();
        }
    }

    /** Each recipient's {e-mail, webhook} choice, for those who made one (the rest want both). */
    @SuppressWarnings("unchecked")
    private Map<String, boolean[]> preferences(List<Row> rows) {
        String[] keys = rows.stream().map(row -> row.recipient().key()).distinct().toArray(String[]::new);
        List<Object[]> found = entityManager.createNativeQuery("""
                SELECT recipient_key, email, webhook FROM notification_preference
                WHERE recipient_key = ANY (CAST(:keys AS text[]))""", Object[].class)
                .setParameter("keys", keys)
                .getResultList();
        Map<String, boolean[]> preferences = new HashMap<>();
        for (Object[] row : found) {
            preferences.put((String) row[0], new boolean[] {(Boolean) row[1], (Boolean) row[2]});
        }
        return preferences;
    }

    private record Row(UUID id, Pending pending, Recipient recipient) {
    }
}
