package org.gongjian.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * PostgreSQL 17 from zonky's binaries, run with {@code initdb}/{@code pg_ctl} on a persistent data directory,
 * so that it outlives the launcher. PostgreSQL refuses to run as root: when the launcher is root, every
 * PostgreSQL command runs as {@code nobody}, in a place of its own ({@link PostgresPlace}).
 */
final class Postgres extends Component {

    static final String NAME = "postgres";
    private static final String STACK_CONF = "gongjian-stack.conf";

    private final PostgresPlace place;
    private Path binaries;

    Postgres(StackConfig config) {
        super(NAME, config);
        this.place = PostgresPlace.of(config, Processes.isRoot());
    }

    @Override
    int port() {
        return config.postgresPort();
    }

    @Override
    String endpoint() {
        return "jdbc:postgresql://localhost:" + port() + "/<database>";
    }

    @Override
    Duration startTimeout() {
        return Duration.ofSeconds(60);
    }

    Path dataDir() {
        return place.dataDir();
    }

    @Override
    Path logFile() {
        return place.logFile();
    }

    private Path binaries() {
        if (binaries == null) {
            binaries = config.postgresHome() != null ? config.postgresHome()
                    : PostgresBinaries.ensure(config.distDir(), place.binaryParent());
        }
        return binaries;
    }

    @Override
    protected void launch() {
        Path home = binaries();
        String user = place.runAs();
        Path data = dataDir();
        try {
            adoptEarlierDataDir();
            Files.createDirectories(data);
            Files.createDirectories(logFile().getParent());
            if (!Files.exists(logFile())) {
                Files.createFile(logFile());
            }
            if (user != null) {
                openToPostgres(home);
                UserPrincipal owner = data.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(user);
                Files.setOwner(data, owner);
                Files.setOwner(logFile(), owner);
                linkLogIntoStack();
                checkReachable(home, user);
            }
            Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwx------"));
            if (!Files.exists(data.resolve("PG_VERSION"))) {
                initdb(home, user);
            }
            Path conf = data.resolve(STACK_CONF);
            Files.writeString(conf, """
                    # Written by the Gongjian local stack at every start (see StackConfig); edits here are lost.
                    port = %d
                    listen_addresses = 'localhost'
                    unix_socket_directories = ''
                    max_connections = 200
                    shared_buffers = 128MB
                    """.formatted(port()), StandardCharsets.UTF_8);
            if (user != null) {
                Files.setOwner(conf, Files.getOwner(data));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare " + data, e);
        }
        int rc = Processes.run(Processes.asUser(user, List.of(
                        home.resolve("bin/pg_ctl").toString(), "-D", data.toString(), "-l", logFile().toString(),
                        "-w", "-t", "120", "start")),
                place.workDir(), logFile(), Map.of(), Duration.ofMinutes(3));
        if (rc != 0) {
            throw new StackException("pg_ctl start failed (exit " + rc + ").\n" + Processes.tail(logFile(), 30));
        }
        long pid = postmasterPid();
        Processes.writePidFile(pidFile(), ProcessHandle.of(pid)
                .orElseThrow(() -> new StackException("PostgreSQL started but its process " + pid + " is gone")));
    }

    /**
     * Moves a data directory that an earlier launcher kept in the stack's folder (when root, PostgreSQL's
     * data now lives in its own place), so that the stack's data survives the move.
     */
    private void adoptEarlierDataDir() throws IOException {
        Path earlier = config.dataDir(NAME);
        if (earlier.equals(dataDir()) || !Files.exists(earlier.resolve("PG_VERSION")) || Files.exists(dataDir())) {
            return;
        }
        Files.createDirectories(dataDir().getParent());
        config.out().accept("  postgres: moving the data directory " + earlier + " to " + dataDir());
        int rc = Processes.run(List.of("mv", earlier.toString(), dataDir().toString()),
                place.workDir(), config.logFile("launcher"), Map.of(), Duration.ofMinutes(10));
        if (rc != 0) {
            throw new StackException("cannot move " + earlier + " to " + dataDir() + " (exit " + rc + ")");
        }
    }

    /** The folders of PostgreSQL's own place are root's, readable and traversable by the user it runs as. */
    private void openToPostgres(Path home) throws IOException {
        for (Path dir : List.of(PostgresPlace.SYSTEM_ROOT, place.workDir(), place.binaryParent(), home)) {
            if (config.postgresHome() != null && !dir.startsWith(PostgresPlace.SYSTEM_ROOT)) {
                continue; // an installation of the system's own, already readable by everyone
            }
            Files.createDirectories(dir);
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    /** The stack's log folder shows PostgreSQL's log too, wherever it lives. */
    private void linkLogIntoStack() throws IOException {
        Path link = config.logFile(NAME);
        Files.createDirectories(link.getParent());
        if (Files.isSymbolicLink(link) || !Files.exists(link)) {
            Files.deleteIfExists(link);
            Files.createSymbolicLink(link, logFile());
        }
    }

    private void checkReachable(Path home, String user) {
        int rc = Processes.run(Processes.asUser(user, List.of("test", "-x", home.resolve("bin/postgres").toString(),
                        "-a", "-w", dataDir().toString(), "-a", "-w", logFile().toString())),
                place.workDir(), config.logFile("launcher"), Map.of(), Duration.ofSeconds(30));
        if (rc != 0) {
            throw new StackException("PostgreSQL refuses to run as root, so the stack runs it as '" + user + "', but '" + user
                    + "' cannot reach " + home + " or " + dataDir() + ".");
        }
    }

    /** Removes what lives outside the stack's base directory (the stack removes its own folder itself). */
    void purge() throws IOException {
        if (place.isOutsideStack()) {
            PostgresBinaries.deleteTree(place.workDir());
        }
    }

    private void initdb(Path home, String user) throws IOException {
        config.out().accept("  postgres: initialising a new cluster in " + dataDir() + " (UTF8, locale C.UTF-8)");
        Path pw = place.workDir().resolve("postgres-initdb.pw");
        Files.writeString(pw, config.dbPassword() + "\n", StandardCharsets.UTF_8);
        try {
            Files.setPosixFilePermissions(pw, PosixFilePermissions.fromString("rw-------"));
            if (user != null) {
                Files.setOwner(pw, Files.getOwner(dataDir()));
            }
            int rc = Processes.run(Processes.asUser(user, List.of(
                            home.resolve("bin/initdb").toString(), "-D", dataDir().toString(),
                            "-U", config.dbUser(), "--pwfile=" + pw,
                            "-E", "UTF8", "--locale=C.UTF-8",
                            "--auth-local=trust", "--auth-host=scram-sha-256")),
                    place.workDir(), logFile(), Map.of(), Duration.ofMinutes(3));
            if (rc != 0) {
                throw new StackException("initdb failed (exit " + rc + ").\n" + Processes.tail(logFile(), 30));
            }
        } finally {
            Files.deleteIfExists(pw);
        }
        Files.writeString(dataDir().resolve("postgresql.conf"),
                "\n# Gongjian local stack: port and listen address live here\ninclude_if_exists = '" + STACK_CONF + "'\n",
                StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
    }

    private long postmasterPid() {
        try {
            return Long.parseLong(Files.readAllLines(dataDir().resolve("postmaster.pid")).getFirst().trim());
        } catch (IOException | RuntimeException e) {
            throw new StackException("PostgreSQL started but " + dataDir().resolve("postmaster.pid") + " is unreadable: " + e);
        }
    }

    @Override
    boolean isReady() {
        try (Connection c = connect("postgres"); Statement s = c.createStatement()) {
            s.execute("select 1");
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    Connection connect(String database) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", config.dbUser());
        p.setProperty("password", config.dbPassword());
        p.setProperty("connectTimeout", "2");
        p.setProperty("socketTimeout", "10");
        return DriverManager.getConnection(config.jdbcUrl(database), p);
    }

    /** Creates the databases that do not exist yet; returns the ones it created. */
    List<String> createDatabases(Collection<String> names) {
        List<String> created = new ArrayList<>();
        try (Connection c = connect("postgres")) {
            for (String db : names) {
                try (PreparedStatement q = c.prepareStatement("select 1 from pg_database where datname = ?")) {
                    q.setString(1, db);
                    try (ResultSet rs = q.executeQuery()) {
                        if (rs.next()) {
                            continue;
                        }
                    }
                }
                try (Statement s = c.createStatement()) {
                    // names come from StackConfig, never from input; quote them anyway
                    s.execute("create database \"" + db.replace("\"", "\"\"") + "\" owner \""
                            + config.dbUser().replace("\"", "\"\"") + "\" encoding 'UTF8' template template0"
                            + " locale 'C.UTF-8'");
                    created.add(db);
                }
            }
        } catch (SQLException e) {
            throw new StackException("cannot create databases " + names + ": " + e.getMessage(), e);
        }
        return created;
    }

    @Override
    Stopped stop() {
        boolean running = process().isPresent();
        if (running) {
            Processes.run(Processes.asUser(place.runAs(), List.of(binaries().resolve("bin/pg_ctl").toString(),
                            "-D", dataDir().toString(), "-m", "fast", "-w", "-t", "60", "stop")),
                    place.workDir(), logFile(), Map.of(), Duration.ofSeconds(90));
        }
        Stopped rest = super.stop();
        return running && rest == Stopped.NOT_RUNNING ? Stopped.GRACEFULLY : rest;
    }
}
