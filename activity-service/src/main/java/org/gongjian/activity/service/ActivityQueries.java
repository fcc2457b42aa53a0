package org.gongjian.activity.service;

import io.opentelemetry.instrumentation.annotations.WithSpan;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import org.gongjian.activity.config.ActivityConfig;
import org.gongjian.activity.domain.Activity;
import org.gongjian.rest.Page;
import org.gongjian.rest.PageQuery;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Reading activities within the caller's scope. */
@ApplicationScoped
public class ActivityQueries {

    public static final Set<String> SORTABLE = Set.of("startsAt", "title", "status", "type", "createdAt");
    private static final Map<String, String> COLUMNS = Map.of("startsAt", "starts_at", "title", "title",
            "status", "status", "type", "type", "createdAt", "created_at");

    private final EntityManager entityManager;
    private final Scope scope;
    /** The same as {@link Activity#isUnconfirmed}. */
    private static final String UNCONFIRMED = "a.status = 'HELD' AND a.confirmed_by IS NULL AND a.dispute_raised_by IS NULL"
            + " AND a.completed_at < :cutoff";
    /** The same as {@link Activity#hasOpenDispute}. */
    private static final String DISPUTED = "a.dispute_raised_by IS NOT NULL AND a.dispute_outcome IS NULL";

    private final ActivityConfig config;
    private final Clock clock;

    ActivityQueries(EntityManager entityManager, Scope scope, ActivityConfig config, Clock clock) {
        this.entityManager = entityManager;
        this.scope = scope;
        this.config = config;
        this.clock = clock;
    }

    @Transactional
    @WithSpan
    public ActivityView get(UUID id) {
        return ActivityView.of(scope.readableActivity(id), clock.instant());
    }

    @Transactional
    @WithSpan
    public Page<ActivityView> timeline(UUID pairingId, PageQuery page) {
        scope.readablePairing(pairingId);
        return list(new ActivityFilter(null, pairingId, null, null, null, null, null, null, null), page);
    }

    @Transactional
    @WithSpan
    public Page<ActivityView> list(ActivityFilter filter, PageQuery page) {
        StringBuilder where = new StringBuilder(" WHERE a.district = :district");
        Map<String, Object> params = new HashMap<>();
        params.put("district", scope.district(filter.district()));
        if (!scope.readsWholeDistrict()) {
            where.append(" AND a.pairing_id IN (SELECT p.id FROM pairing_view p WHERE p.lead_id = :me OR p.partner_ids @> ARRAY[CAST(:me AS uuid)])");
            params.put("me", scope.organization().orElse(new UUID(0, 0)));
        }
        if (filter.pairingId() != null) {
            where.append(" AND a.pairing_id = :pairing");
            params.put("pairing", filter.pairingId());
        }
        if (filter.organizationId() != null) {
            where.append(" AND a.participant_ids @> ARRAY[CAST(:org AS uuid)]");
            params.put("org", filter.organizationId());
        }
        if (filter.type() != null) {
            where.append(" AND a.type = :type");
            params.put("type", filter.type().name());
        }
        if (filter.status() != null) {
            where.append(" AND a.status = :status");
            params.put("status", filter.status().name());
        }
        if (filter.from() != null) {
            where.append(" AND a.starts_at >= :from");
            params.put("from", filter.from().atStartOfDay(config.zone()).toOffsetDateTime());
        }
        if (filter.to() != null) {
            where.append(" AND a.starts_at < :to");
            params.put("to", filter.to().plusDays(1).atStartOfDay(config.zone()).toOffsetDateTime());
        }
        if (filter.unconfirmed() != null) {
            where.append(filter.unconfirmed()
                    ? " AND " + UNCONFIRMED : " AND NOT (" + UNCONFIRMED + ")");
            params.put("cutoff", clock.instant().minus(Activity.CONFIRMATION_WINDOW));
        }
        if (filter.disputed() != null) {
            where.append(filter.disputed() ? " AND " + DISPUTED : " AND NOT (" + DISPUTED + ")");
        }
        String order = " ORDER BY a." + COLUMNS.get(page.sortField()) + (page.ascending() ? " ASC" : " DESC") + ", a.id";
        Query select = entityManager.createNativeQuery("SELECT a.* FROM activity a" + where + order
                + " LIMIT :limit OFFSET :offset", Activity.class);
        Query count = entityManager.createNativeQuery("SELECT count(*) FROM activity a" + where);
        params.forEach((name, value) -> {
            select.setParameter(name, value);
            count.setParameter(name, value);
        });
        select.setParameter("limit", page.size()).setParameter("offset", page.offset());
        @SuppressWarnings("unchecked")
        List<Activity> items = select.getResultList();
        Instant now = clock.instant();
        return Page.of(items, page, ((Number) count.getSingleResult()).longValue())
                .map(activity -> ActivityView.of(activity, now));
    }
}
