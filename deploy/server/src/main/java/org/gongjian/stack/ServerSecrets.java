package org.gongjian.stack;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Properties;

/**
 * Every secret of a district's server, generated at install into one file readable by its owner only (mode 600),
 * never taken from the repository: the PostgreSQL superuser's and each database role's password, the receipt-link
 * and calendar-feed keys, the gateway's, the machine client's and the accounts client's secrets, and Keycloak's administrator password.
 * The one secret not generated is the SMTP relay's password ({@code smtp-password}), which the administrator adds.
 * A missing key is generated at the next start; nothing is ever replaced.
 */
public final class ServerSecrets {

    public static final String FILE = "secrets.properties";
    static final String POSTGRES = "postgres-password";
    static final String RECEIPT_LINK = StackSecrets.RECEIPT_LINK;
    static final String CALENDAR_FEED = StackSecrets.CALENDAR_FEED;
    static final String GATEWAY_CLIENT = StackSecrets.GATEWAY_CLIENT;
    static final String MACHINE_CLIENT = "machine-client-secret";
    static final String ACCOUNTS_CLIENT = StackSecrets.ACCOUNTS_CLIENT;
    static final String KEYCLOAK_ADMIN = StackSecrets.KEYCLOAK_ADMIN;
    static final String SMTP_PASSWORD = "smtp-password";
    static final String KEYCLOAK_ADMIN_USER = "admin";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path file;
    private final Properties values;

    private ServerSecrets(Path file, Properties values) {
        this.file = file;
        this.values = values;
    }

    /** The database role password key for a database, e.g. {@code database-password.registry}. */
    static String databasePassword(String database) {
        return "database-password." + database;
    }

    static List<String> generatedKeys() {
        List<String> keys = new ArrayList<>(List.of(POSTGRES, RECEIPT_LINK, CALENDAR_FEED, GATEWAY_CLIENT, MACHINE_CLIENT,
                ACCOUNTS_CLIENT, KEYCLOAK_ADMIN));
        ServerDatabases.ALL.forEach(db -> keys.add(databasePassword(db)));
        return keys;
    }

    /** The secrets in {@code file}, generating (and writing, mode 600) those not there yet. */
    public static synchronized ServerSecrets ensure(Path file) {
        Properties values = new Properties();
        try {
            if (Files.isRegularFile(file)) {
                try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    values.load(in);
                }
            }
            boolean added = false;
            for (String key : generatedKeys()) {
                if (values.getProperty(key, "").isBlank()) {
                    values.setProperty(key, generate());
                    added = true;
                }
            }
            if (!values.containsKey(SMTP_PASSWORD)) {
                values.setProperty(SMTP_PASSWORD, "");
                added = true;
            }
            if (added) {
                write(file, values);
            }
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write the server's secrets in " + file, e);
        }
        return new ServerSecrets(file, values);
    }

    public Path file() {
        return file;
    }

    public String get(String key) {
        String v = values.getProperty(key, "");
        if (v.isBlank() && !key.equals(SMTP_PASSWORD)) {
            throw new StackException(file + " has no " + key);
        }
        return v;
    }

    /** 256 random bits, URL-safe Base64 (43 characters). */
    static String generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static void write(Path file, Properties values) throws IOException {
        Files.createDirectories(file.getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.deleteIfExists(tmp);
        Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            values.store(out, "Gongjian server secrets, generated at install; keep private, back up with the server's settings");
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
