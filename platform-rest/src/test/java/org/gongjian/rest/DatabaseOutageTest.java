package org.gongjian.rest;

import org.junit.jupiter.api.Test;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseOutageTest {

    @Test
    void aConnectionFailureOrAServerShuttingDownAnywhereInTheChainIsAnOutage() {
        assertThat(DatabaseOutage.causedBy(wrapped(new SQLException("An I/O error occurred", "08006")))).isTrue();
        assertThat(DatabaseOutage.causedBy(wrapped(new SQLException("terminating connection due to administrator command",
                "57P01")))).isTrue();
        assertThat(DatabaseOutage.causedBy(wrapped(new SQLException("the database system is starting up", "57P03")))).isTrue();
        assertThat(DatabaseOutage.causedBy(wrapped(new SQLTransientConnectionException("no connection")))).isTrue();
        assertThat(DatabaseOutage.causedBy(wrapped(new ConnectException("Connection refused")))).isTrue();
    }

    @Test
    void aBrokenStatementOrConstraintOrPlainBugIsNot() {
        assertThat(DatabaseOutage.causedBy(wrapped(new SQLException("duplicate key value", "23505")))).isFalse();
        assertThat(DatabaseOutage.causedBy(wrapped(new SQLException("syntax error", "42601")))).isFalse();
        assertThat(DatabaseOutage.causedBy(wrapped(new SQLException("canceling statement due to user request", "57014"))))
                .isFalse();
        assertThat(DatabaseOutage.causedBy(new NullPointerException())).isFalse();
        assertThat(DatabaseOutage.causedBy(null)).isFalse();
    }

    private static RuntimeException wrapped(Exception cause) {
        return new IllegalStateException("could not execute", new RuntimeException("JDBC", cause));
    }
}
