package org.gongjian.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Where PostgreSQL's binaries, data directory and log live. PostgreSQL refuses to run as root, so when the
 * launcher is root it runs PostgreSQL as {@code nobody}; {@code nobody} may not be able to reach the checkout
 * (a home directory or a {@code mktemp -d} folder is closed to others), and the stack must not open the user's
 * folders. So for root, PostgreSQL gets a place of its own under {@code /var/lib/gongjian}, one per stack
 * (named by a hash of the stack's base directory), and its binaries are shared under {@code postgres/}; for anyone
 * else it stays in the stack's folders.
 */
record PostgresPlace(Path binaryParent, Path dataDir, Path logFile, Path workDir, String runAs) {

    static final Path SYSTEM_ROOT = Path.of("/var/lib/gongjian");
    private static final String RUN_AS_WHEN_ROOT = "nobody";

    static PostgresPlace of(StackConfig config, boolean root) {
        if (!root) {
            return new PostgresPlace(config.distDir().resolve("postgres"), config.dataDir(Postgres.NAME),
                    config.logFile(Postgres.NAME), config.baseDir(), null);
        }
        Path own = SYSTEM_ROOT.resolve("stack-" + shortHash(config.baseDir()));
        return new PostgresPlace(SYSTEM_ROOT.resolve("postgres"), own.resolve("data"),
                own.resolve("postgres.log"), own, RUN_AS_WHEN_ROOT);
    }

    /** True when PostgreSQL lives outside the stack's base directory (so purging the stack must remove it too). */
    boolean isOutsideStack() {
        return runAs != null;
    }

    /** A short name for a folder: the first 12 hex digits of the SHA-256 of its absolute path. */
    static String shortHash(Path path) {
        return shortHash(path.toAbsolutePath().normalize().toString().getBytes(StandardCharsets.UTF_8));
    }

    /** A short name for a file's content. */
    static String shortHashOfContent(Path file) {
        try {
            return shortHash(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static String shortHash(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
