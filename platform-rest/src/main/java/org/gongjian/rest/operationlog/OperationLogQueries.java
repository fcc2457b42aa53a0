package org.gongjian.rest.operationlog;

import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Reads the service's operation log, newest first, within a reader's scope. */
@ApplicationScoped
@IfBuildProperty(name = OperationLog.ENABLED, stringValue = "true", enableIfMissing = true)
public class OperationLogQueries {

    private static final String COLUMNS = "id, occurred_at, actor_subject, actor_name, role, organization_id, district, "
            + "action, target, outcome";

    private final DataSource dataSource;

    OperationLogQueries(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** One page; with {@code counted} also the number of all entries the filters select. */
    public OperationLogSlice read(OperationLogQuery query, boolean counted) {
        List<Object> parameters = new ArrayList<>();
        String where = where(query, parameters);
        try (Connection connection = dataSource.getConnection()) {
            Long total = counted ? count(connection, where, parameters) : null;
            List<Object> pageParameters = new ArrayList<>(parameters);
            String page = where;
            if (query.after() != null) {
                page += " AND (occurred_at, id) < (?, ?)";
                pageParameters.add(Timestamp.from(query.after().occurredAt()));
                pageParameters.add(query.after().id());
            }
            pageParameters.add(query.size() + 1);
            List<OperationEntry> entries = new ArrayList<>();
            try (PreparedStatement select = prepare(connection, "SELECT " + COLUMNS + " FROM operation_log WHERE " + page
                    + " ORDER BY occurred_at DESC, id DESC LIMIT ?", pageParameters); ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    entries.add(entry(rows));
                }
            }
            boolean more = entries.size() > query.size();
            List<OperationEntry> items = more ? entries.subList(0, query.size()) : entries;
            OperationCursor next = more ? OperationCursor.after(items.get(items.size() - 1)) : null;
            return new OperationLogSlice(List.copyOf(items), total, next);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the operation log", e);
        }
    }

    private static String where(OperationLogQuery query, List<Object> parameters) {
        StringBuilder where = new StringBuilder(query.cityLevel() ? "(district = ? OR district IS NULL)" : "district = ?");
        parameters.add(query.district());
        if (query.organization() != null) {
            where.append(" AND (organization_id = ? OR target = ?)");
            parameters.add(query.organization());
            parameters.add(query.organization());
        }
        if (query.from() != null) {
            where.append(" AND occurred_at >= ?");
            parameters.add(Timestamp.from(query.from()));
        }
        if (query.to() != null) {
            where.append(" AND occurred_at < ?");
            parameters.add(Timestamp.from(query.to()));
        }
        if (query.actor() != null) {
            where.append(" AND (actor_name = ? OR actor_subject = ?)");
            parameters.add(query.actor());
            parameters.add(query.actor());
        }
        if (query.action() != null) {
            where.append(" AND strpos(lower(action), lower(?)) > 0");
            parameters.add(query.action());
        }
        if (query.target() != null) {
            where.append(" AND target = ?");
            parameters.add(query.target());
        }
        if (query.outcome() != null) {
            where.append(switch (query.outcome()) {
                case SUCCEEDED -> " AND outcome < 400";
                case REFUSED -> " AND outcome BETWEEN 400 AND 499";
                case FAILED -> " AND outcome >= 500";
            });
        }
        return where.toString();
    }

    private static long count(Connection connection, String where, List<Object> parameters) throws SQLException {
        try (PreparedStatement select = prepare(connection, "SELECT count(*) FROM operation_log WHERE " + where, parameters);
                ResultSet rows = select.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static PreparedStatement prepare(Connection connection, String sql, List<Object> parameters) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.size(); i++) {
            Object value = parameters.get(i);
            if (value instanceof UUID) {
                statement.setObject(i + 1, value, Types.OTHER);
            } else {
                statement.setObject(i + 1, value);
            }
        }
        return statement;
    }

    private static OperationEntry entry(ResultSet rows) throws SQLException {
        return new OperationEntry(rows.getObject("id", UUID.class), rows.getTimestamp("occurred_at").toInstant(),
                rows.getString("actor_subject"), rows.getString("actor_name"), rows.getString("role"),
                rows.getObject("organization_id", UUID.class), rows.getString("district"), rows.getString("action"),
                rows.getObject("target", UUID.class), rows.getInt("outcome"));
    }
}
