package org.gongjian.messaging;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * One row of a local projection of another service's data, written only when its snapshot is newer than the row
 * held: a stale or reordered event never overwrites what a later one wrote. The table has a {@code version} column
 * and a unique key; lists of ids are {@code uuid[]} columns.
 *
 * <pre>{@code
 * ProjectionRow.into("organization_view").key("id", o.id())
 *         .set("district", o.district())
 *         .set("name", o.name())
 *         .setOnce("registered_at", registered ? now : null)
 *         .upsert(entityManager, o.version());
 * }</pre>
 */
public final class ProjectionRow {

    private final String table;
    private final List<String> keys = new ArrayList<>();
    /** column → the SQL expression of its new value */
    private final Map<String, String> values = new LinkedHashMap<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();
    /** columns that keep the value held once they have one */
    private final List<String> once = new ArrayList<>();

    private ProjectionRow(String table) {
        this.table = table;
    }

    public static ProjectionRow into(String table) {
        return new ProjectionRow(table);
    }

    /** A column of the table's unique key: inserted, never updated. */
    public ProjectionRow key(String column, Object value) {
        keys.add(column);
        return set(column, value);
    }

    public ProjectionRow set(String column, Object value) {
        return expression(column, ":" + parameter(value));
    }

    /** A {@code uuid[]} column. */
    public ProjectionRow setIds(String column, Collection<UUID> ids) {
        String literal = ids.stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}"));
        return expression(column, "CAST(:" + parameter(literal) + " AS uuid[])");
    }

    /** A {@code jsonb} column, from JSON text. */
    public ProjectionRow setJson(String column, String json) {
        return expression(column, "CAST(:" + parameter(json) + " AS jsonb)");
    }

    /** A timestamp column set to the transaction's time. */
    public ProjectionRow setNow(String column) {
        return expression(column, "now()");
    }

    /**
     * A column written once: the value held stays once it is not null; until then a newer version sets it (null
     * leaves it unset). For when something was first learnt: {@code setOnce("raised_at", raised ? now : null)}.
     */
    public ProjectionRow setOnce(String column, Object value) {
        once.add(column);
        return expression(column, value == null ? "NULL" : ":" + parameter(value));
    }

    /**
     * Inserts the row, or replaces the held one when {@code version} is newer.
     *
     * @return true when the row was written, false when the held row was as new or newer
     */
    public boolean upsert(EntityManager entityManager, long version) {
        if (keys.isEmpty()) {
            throw new IllegalStateException("A projection row of " + table + " needs a key");
        }
        expression("version", ":" + parameter(version));
        String columns = String.join(", ", values.keySet());
        String newValues = String.join(", ", values.values());
        String updates = values.keySet().stream().filter(column -> !keys.contains(column))
                .map(column -> column + " = " + (once.contains(column)
                        ? "COALESCE(" + table + "." + column + ", EXCLUDED." + column + ")"
                        : "EXCLUDED." + column))
                .collect(Collectors.joining(", "));
        Query query = entityManager.createNativeQuery("INSERT INTO " + table + " (" + columns + ") VALUES (" + newValues
                + ") ON CONFLICT (" + String.join(", ", keys) + ") DO UPDATE SET " + updates
                + " WHERE " + table + ".version < EXCLUDED.version");
        parameters.forEach(query::setParameter);
        return query.executeUpdate() > 0;
    }

    private ProjectionRow expression(String column, String sql) {
        if (values.putIfAbsent(column, sql) != null) {
            throw new IllegalArgumentException("Column " + column + " of " + table + " is set twice");
        }
        return this;
    }

    private String parameter(Object value) {
        String name = "p" + parameters.size();
        parameters.put(name, value);
        return name;
    }
}
