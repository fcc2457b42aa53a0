package org.gongjian.stack;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * One database per service and one for Keycloak, each owned by a role of its own name with its own generated
 * password; the superuser ({@code gongjian}) only administers. A role's password is set from the secrets file at
 * every start, so editing that file (with the platform stopped) changes it.
 */
final class ServerDatabases {

    static final String SUPERUSER = "gongjian";
    static final String KEYCLOAK = "keycloak";
    static final List<String> SERVICES = List.of("registry", "pairing", "activity", "notification");
    static final List<String> ALL = List.of("registry", "pairing", "activity", "notification", KEYCLOAK);

    private ServerDatabases() {
    }

    /** Creates what is missing; returns the databases it created. */
    static List<String> ensure(Postgres postgres, ServerSecrets secrets) {
        List<String> created = new java.util.ArrayList<>();
        try (Connection c = postgres.connect("postgres")) {
            for (String db : ALL) {
                String password = secrets.get(ServerSecrets.databasePassword(db));
                try (Statement s = c.createStatement()) {
                    if (!exists(c, "select 1 from pg_roles where rolname = ?", db)) {
                        s.execute("create role " + quote(db) + " login");
                    }
                    s.execute("alter role " + quote(db) + " with login password " + literal(password));
                    if (!exists(c, "select 1 from pg_database where datname = ?", db)) {
                        create(s, db);
                        created.add(db);
                    }
                }
            }
        } catch (SQLException e) {
            throw new StackException("cannot prepare the databases: " + e.getMessage(), e);
        }
        return created;
    }

    /** A database owned by its role, UTF-8 with locale C.UTF-8 (so that pg_trgm indexes Chinese), closed to others. */
    static void create(Statement s, String db) throws SQLException {
        s.execute("create database " + quote(db) + " owner " + quote(db)
                + " encoding 'UTF8' template template0 locale 'C.UTF-8'");
        s.execute("revoke all on database " + quote(db) + " from public");
    }

    private static boolean exists(Connection c, String sql, String name) throws SQLException {
        try (PreparedStatement q = c.prepareStatement(sql)) {
            q.setString(1, name);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next();
            }
        }
    }

    static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }
}
