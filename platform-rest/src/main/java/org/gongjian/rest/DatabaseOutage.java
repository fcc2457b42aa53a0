package org.gongjian.rest;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/**
 * Whether a failure is the database being out of reach for a moment (restarting, refusing or dropping connections)
 * rather than a fault of the request or of the code. The one rule for it: a request gets the documented 503 and tries
 * again ({@link ProblemMappers}); a consumer's or a worker's database work is tried again (platform-messaging
 * {@code DatabaseRetry}).
 */
public final class DatabaseOutage {

    private DatabaseOutage() {
    }

    public static boolean causedBy(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof ConnectException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null && isOutage(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** SQLSTATE class 08 (connection exception) and 57P01–57P04 (the server shutting down or not yet accepting). */
    private static boolean isOutage(String sqlState) {
        return sqlState.startsWith("08") || sqlState.startsWith("57P");
    }
}
