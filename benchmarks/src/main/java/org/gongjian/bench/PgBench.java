package org.gongjian.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The database's own limit for a query: {@code pgbench} running the same SQL against the same PostgreSQL server, with
 * as many clients as the service had connections, prepared statements, for a fixed duration.
 */
final class PgBench {

    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)");

    private final String executable;
    private final int port;
    private final String user;
    private final String password;
    private final Path workDir;

    PgBench(String executable, int port, String user, String password, Path workDir) {
        this.executable = executable;
        this.port = port;
        this.user = user;
        this.password = password;
        this.workDir = workDir;
    }

    boolean available() {
        return Files.isExecutable(Path.of(executable));
    }

    /** Transactions per second of {@code script} (pgbench's script language) on {@code database}. */
    double tps(String database, String script, int clients, Duration duration) throws IOException, InterruptedException {
        Files.createDirectories(workDir);
        Path file = Files.createTempFile(workDir, "pgbench-", ".sql");
        Files.writeString(file, script, StandardCharsets.UTF_8);
        Path log = workDir.resolve(file.getFileName() + ".log");
        ProcessBuilder pb = new ProcessBuilder(List.of(executable, "-n", "-M", "prepared", "-c", Integer.toString(clients),
                "-j", Integer.toString(Math.min(clients, Runtime.getRuntime().availableProcessors())),
                "-T", Long.toString(duration.toSeconds()), "-h", "localhost", "-p", Integer.toString(port), "-U", user,
                "-f", file.toString(), database)).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("PGPASSWORD", password);
        int rc = pb.start().waitFor();
        String output = Files.readString(log);
        Matcher m = TPS.matcher(output);
        if (rc != 0 || !m.find()) {
            throw new IllegalStateException("pgbench failed (exit " + rc + "): " + output);
        }
        return Double.parseDouble(m.group(1));
    }
}
