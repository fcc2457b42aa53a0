package org.gongjian.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Backups of every database of the server, Keycloak's included: one {@code pg_dump} custom-format file per database
 * in a folder named by the time ({@code <backup.dir>/20261127-023000/registry.dump}, ...), readable by root only; the
 * oldest beyond {@code backup.keep} are removed. A restore stops Keycloak and the services, (re)creates each database
 * from its dump on the running or freshly initialised PostgreSQL, and starts the platform again.
 */
public final class Backup {

    static final DateTimeFormatter FOLDER = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private final ServerStack stack;

    public Backup(ServerStack stack) {
        this.stack = stack;
    }

    /** Dumps every database into a new folder under {@code backup.dir}; returns that folder. */
    public Path backup() {
        ServerSettings settings = stack.settings();
        Path folder = settings.backupDir().resolve(LocalDateTime.now().format(FOLDER));
        try {
            Files.createDirectories(settings.backupDir());
            Files.setPosixFilePermissions(settings.backupDir(), PosixFilePermissions.fromString("rwx------"));
            Files.createDirectories(folder);
            for (String db : ServerDatabases.ALL) {
                Path file = folder.resolve(db + ".dump");
                run(List.of(tool("pg_dump"), "--format=custom", "--file=" + file, db), "pg_dump " + db);
            }
            Files.writeString(folder.resolve("COMPLETE"), String.join("\n", ServerDatabases.ALL) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the backup " + folder, e);
        }
        prune(settings.backupDir(), settings.backupKeep());
        say("  backup written to " + folder);
        return folder;
    }

    /** Replaces every database with its dump in {@code folder}, then starts the platform. */
    public void restore(Path folder) {
        if (!Files.isRegularFile(folder.resolve("COMPLETE"))) {
            throw new StackException(folder + " is not a complete backup (no COMPLETE marker)");
        }
        stack.stop(true);
        stack.startDatabase();
        try (Connection c = stack.postgres().connect("postgres"); Statement s = c.createStatement()) {
            for (String db : ServerDatabases.ALL) {
                s.execute("drop database if exists " + ServerDatabases.quote(db) + " with (force)");
                ServerDatabases.create(s, db);
            }
        } catch (SQLException e) {
            throw new StackException("cannot recreate the databases: " + e.getMessage(), e);
        }
        for (String db : ServerDatabases.ALL) {
            run(List.of(tool("pg_restore"), "--exit-on-error", "--dbname=" + db, folder.resolve(db + ".dump").toString()),
                    "pg_restore " + db);
        }
        say("  restored " + ServerDatabases.ALL + " from " + folder);
        stack.up();
    }

    /** The newest complete backup under {@code backup.dir}. */
    public Path latest() {
        try (Stream<Path> all = Files.list(stack.settings().backupDir())) {
            return all.filter(p -> Files.isRegularFile(p.resolve("COMPLETE"))).max(Comparator.naturalOrder())
                    .orElseThrow(() -> new StackException("no complete backup in " + stack.settings().backupDir()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String tool(String name) {
        return stack.settings().postgresHome().resolve("bin").resolve(name).toString();
    }

    private void run(List<String> command, String what) {
        List<String> full = new java.util.ArrayList<>(command);
        full.addAll(1, List.of("--host=localhost", "--port=" + stack.config().postgresPort(),
                "--username=" + ServerDatabases.SUPERUSER, "--no-password"));
        Path log = stack.config().logFile("backup");
        int rc = Processes.run(full, stack.config().baseDir(), log,
                Map.of("PGPASSWORD", stack.secrets().get(ServerSecrets.POSTGRES)), Duration.ofHours(2));
        if (rc != 0) {
            throw new StackException(what + " failed (exit " + rc + ")\n" + Processes.tail(log, 20));
        }
    }

    private static void prune(Path dir, int keep) {
        try (Stream<Path> all = Files.list(dir)) {
            List<Path> complete = all.filter(p -> Files.isRegularFile(p.resolve("COMPLETE")))
                    .sorted(Comparator.reverseOrder()).toList();
            for (Path old : complete.subList(Math.min(keep, complete.size()), complete.size())) {
                PostgresBinaries.deleteTree(old);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prune old backups in " + dir, e);
        }
    }

    private void say(String line) {
        stack.config().out().accept(line);
    }
}
