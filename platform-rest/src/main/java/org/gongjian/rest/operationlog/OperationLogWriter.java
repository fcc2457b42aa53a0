package org.gongjian.rest.operationlog;

import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;

/**
 * Appends entries to the service's {@code operation_log} table, each in a transaction of its own, so that an entry
 * is written whether the business change it describes committed or rolled back.
 */
@ApplicationScoped
@IfBuildProperty(name = OperationLog.ENABLED, stringValue = "true", enableIfMissing = true)
public class OperationLogWriter {

    private static final Logger LOG = Logger.getLogger(OperationLogWriter.class);
    private static final String INSERT = "INSERT INTO operation_log (id, occurred_at, actor_subject, actor_name, role, "
            + "organization_id, district, action, target, outcome) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final DataSource dataSource;

    OperationLogWriter(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Writes the entry; a failure is logged, never thrown, so the caller's answer stands. */
    public void append(OperationEntry entry) {
        try {
            QuarkusTransaction.requiringNew().run(() -> insert(entry));
        } catch (RuntimeException e) {
            LOG.errorf(e, "Could not record %s (%d) in the operation log", entry.action(), entry.outcome());
        }
    }

    private void insert(OperationEntry entry) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setObject(1, entry.id());
            insert.setTimestamp(2, Timestamp.from(entry.occurredAt()));
            insert.setString(3, entry.actorSubject());
            insert.setString(4, entry.actorName());
            insert.setString(5, entry.role());
            insert.setObject(6, entry.organizationId(), Types.OTHER);
            insert.setString(7, entry.district());
            insert.setString(8, entry.action());
            insert.setObject(9, entry.target(), Types.OTHER);
            insert.setInt(10, entry.outcome());
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
