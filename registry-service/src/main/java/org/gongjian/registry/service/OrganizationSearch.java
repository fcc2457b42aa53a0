package org.gongjian.registry.service;

import jakarta.persistence.Query;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The SQL of a filtered list: the conditions and their parameters. Names are searched with {@code ILIKE} on a
 * trigram index; a subtree is walked with a recursive CTE over the {@code parent_id} index.
 */
final class OrganizationSearch {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new HashMap<>();

    OrganizationSearch(OrganizationFilter filter, String district, UUID onlyOrganization) {
        if (district != null) {
            add("o.district = :district", "district", district);
        }
        if (onlyOrganization != null) {
            add("o.id = :only", "only", onlyOrganization);
        }
        if (filter.q() != null && !filter.q().isBlank()) {
            add("o.name ILIKE :q ESCAPE '\\'", "q", "%" + escape(filter.q().trim()) + "%");
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

    String where() {
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    Query bind(Query query) {
        parameters.forEach(query::setParameter);
        return query;
    }

    private void add(String condition, String name, Object value) {
        conditions.add(condition);
        parameters.put(name, value);
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
