package org.gongjian.activity.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.opentelemetry.instrumentation.annotations.WithSpan;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.gongjian.events.EventJson;
import org.gongjian.events.activity.ActivitySnapshot;
import org.gongjian.rest.Page;
import org.gongjian.rest.PageQuery;
import org.gongjian.rest.Role;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The history of an activity: one entry per change, in the same transaction as the change, with who, when, why and
 * each field's value before and after (as the activity's events publish it). Entries are appended, never changed.
 */
@ApplicationScoped
public class ActivityHistory {

    private static final ObjectMapper JSON = EventJson.newObjectMapper();

    private final EntityManager entityManager;
    private final Scope scope;
    private final Clock clock;

    ActivityHistory(EntityManager entityManager, Scope scope, Clock clock) {
        this.entityManager = entityManager;
        this.scope = scope;
        this.clock = clock;
    }

    /** @param eventType the event the change publishes, e.g. {@code activity.corrected.v1}: its verb names the action */
    @Transactional(Transactional.TxType.MANDATORY)
    void append(String eventType, ActivitySnapshot before, ActivitySnapshot after, String reason) {
        entityManager.createNativeQuery("""
                INSERT INTO activity_history (activity_id, version, action, actor, actor_role, organization_id, at, reason, changes)
                VALUES (:activity, :version, :action, :actor, :role, :organization, :at, :reason, CAST(:changes AS jsonb))""")
                .setParameter("activity", after.id())
                .setParameter("version", after.version())
                .setParameter("action", action(eventType))
                .setParameter("actor", scope.caller().username())
                .setParameter("role", scope.caller().isDistrictAdmin() ? Role.DISTRICT_ADMIN : Role.BRANCH_SECRETARY)
                .setParameter("organization", scope.caller().isDistrictAdmin() ? null : scope.organization().orElse(null))
                .setParameter("at", clock.instant().atOffset(ZoneOffset.UTC))
                .setParameter("reason", reason)
                .setParameter("changes", changes(before, after).toString())
                .executeUpdate();
    }

    @Transactional
    @WithSpan
    public Page<Entry> of(UUID activityId, PageQuery page) {
        scope.readableActivity(activityId);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                SELECT version, action, actor, actor_role, organization_id, at, reason, CAST(changes AS text)
                FROM activity_history WHERE activity_id = :activity ORDER BY version LIMIT :limit OFFSET :offset""")
                .setParameter("activity", activityId).setParameter("limit", page.size()).setParameter("offset", page.offset())
                .getResultList();
        long total = ((Number) entityManager.createNativeQuery("SELECT count(*) FROM activity_history WHERE activity_id = :activity")
                .setParameter("activity", activityId).getSingleResult()).longValue();
        List<Entry> entries = rows.stream().map(row -> new Entry(((Number) row[0]).longValue(), (String) row[1], (String) row[2],
                (String) row[3], (UUID) row[4], at(row[5]), (String) row[6], parse((String) row[7]))).toList();
        return Page.of(entries, page, total);
    }

    /** {@code activity.dispute-resolved.v1} → {@code DISPUTE_RESOLVED}. */
    static String action(String eventType) {
        String verb = eventType.substring(eventType.indexOf('.') + 1, eventType.lastIndexOf('.'));
        return verb.replace('-', '_').toUpperCase(Locale.ROOT);
    }

    /** Every field whose value differs, with both values; the version is the entry's own. */
    static ArrayNode changes(ActivitySnapshot before, ActivitySnapshot after) {
        ObjectNode old = before == null ? JSON.createObjectNode() : JSON.valueToTree(before);
        ObjectNode now = JSON.valueToTree(after);
        ArrayNode changes = JSON.createArrayNode();
        for (Iterator<String> names = now.fieldNames(); names.hasNext(); ) {
            String field = names.next();
            JsonNode was = old.path(field);
            JsonNode is = now.get(field);
            if (!field.equals("version") && !was.equals(is) && !(was.isMissingNode() && is.isNull())) {
                ObjectNode change = changes.addObject().put("field", field);
                change.set("before", was.isMissingNode() ? JSON.nullNode() : was);
                change.set("after", is);
            }
        }
        return changes;
    }

    private static List<Change> parse(String changes) {
        try {
            List<Change> list = new ArrayList<>();
            for (JsonNode change : JSON.readTree(changes)) {
                list.add(new Change(change.path("field").asText(), change.get("before"), change.get("after")));
            }
            return list;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("activity_history.changes is not JSON", e);
        }
    }

    private static OffsetDateTime at(Object value) {
        if (value instanceof OffsetDateTime time) {
            return time.withOffsetSameInstant(ZoneOffset.UTC);
        }
        return ((Instant) value).atOffset(ZoneOffset.UTC);
    }

    /**
     * One change of an activity.
     *
     * @param version        the activity's version after it
     * @param action         what was done: {@code SCHEDULED}, {@code HELD}, {@code CONFIRMED}, {@code CORRECTED},
     *                       {@code DISPUTED}, {@code DISPUTE_RESOLVED}, …
     * @param organizationId the organization the actor acted for; {@code null} for the committee
     */
    public record Entry(long version, String action, String actor, String actorRole, UUID organizationId, OffsetDateTime at,
            String reason, List<Change> changes) {
    }

    public record Change(String field, JsonNode before, JsonNode after) {
    }
}
