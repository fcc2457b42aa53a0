package org.gongjian.registry.service;

import jakarta.persistence.Query;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The SQL of a filtered list: the conditions and their parameters. A part of a name is looked up in the index of the
 * names' characters and pairs of characters ({@link NameQuery}) and confirmed with {@code ILIKE}; a subtree is walked
 * with a recursive CTE over the {@code parent_id} index.
 */
final class OrganizationSearch {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new HashMap<>();
    private NameQuery name;
    private boolean ranked;

    OrganizationSearch(OrganizationFilter filter, String district, UUID onlyOrganization) {
        if (district != null) {
            add("o.district = :district", "district", district);
        }
        if (onlyOrganization != null) {
            add("o.id = :only", "only", onlyOrganization);
        }
        if (filter.q() != null && !filter.q().isBlank()) {
            name = new NameQuery(filter.q());
            add("o.name_grams @> CAST(:grams AS text[])", "grams", name.grams());
            add("o.name ILIKE :q ESCAPE '\\'", "q", name.anywhere());
        }
        if (filter.sector() != null) {
            add("o.sector = :sector", "sector", filter.sector().name());
        }
        if (filter.kind() != null) {
            add("o.kind = :kind", "kind", filter.kind().name());
        }
        if (filter.status() != null) {
            add("o.status = :status", "status", filter.status().name());
        }
        if (filter.parentId() != null) {
            add("o.parent_id = :parentId", "parentId", filter.parentId());
        }
        if (filter.subtreeOf() != null) {
            add("""
                    o.id IN (WITH RECURSIVE sub(id) AS (
                        SELECT id FROM organization WHERE id = :root
                        UNION
                        SELECT c.id FROM organization c JOIN sub ON c.parent_id = sub.id)
                    SELECT id FROM sub)""", "root", filter.subtreeOf());
        }
    }

    /**
     * Ahead of the name order when a part of the name is asked for: the name itself first, then names that start with
     * it, then the rest; empty otherwise.
     */
    String relevance() {
        if (name == null) {
            return "";
        }
        ranked = true;
        return "CASE WHEN lower(o.name) = lower(:exact) THEN 0 WHEN o.name ILIKE :prefix ESCAPE '\\' THEN 1 ELSE 2 END, ";
    }

    String where() {
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    Query bind(Query query) {
        parameters.forEach(query::setParameter);
        return query;
    }

    /** Binds the conditions and the parameters of {@link #relevance()}. */
    Query bindOrdered(Query query) {
        bind(query);
        if (ranked) {
            query.setParameter("exact", name.text()).setParameter("prefix", name.prefix());
        }
        return query;
    }

    private void add(String condition, String parameter, Object value) {
        conditions.add(condition);
        parameters.put(parameter, value);
    }
}
