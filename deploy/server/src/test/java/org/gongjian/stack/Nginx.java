package org.gongjian.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Debian's nginx running the rendered site in a folder of its own (its own pid file, logs and temporary folders, a
 * top-level configuration like Debian's {@code /etc/nginx/nginx.conf} that includes the site), so that a test never
 * touches the machine's nginx; and a self-signed certificate for {@code localhost}.
 */
final class Nginx implements AutoCloseable {

    static final Path BINARY = Path.of("/usr/sbin/nginx");
    private final Path dir;
    private Process process;

    Nginx(Path dir) {
        this.dir = dir;
    }

    static boolean installed() {
        return Files.isExecutable(BINARY);
    }

    /** A key and a self-signed certificate for {@code localhost} (what a real server replaces with its own, see README). */
    static void selfSignedCertificate(Path certificate, Path key) {
        run(List.of("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=localhost",
                "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1", "-keyout", key.toString(), "-out", certificate.toString()),
                certificate.getParent());
    }

    Path mainConfig(String site) {
        try {
            Files.createDirectories(dir.resolve("tmp"));
            Files.writeString(dir.resolve("gongjian.conf"), site);
            String main = """
                    user root;
                    worker_processes 1;
                    pid %1$s/nginx.pid;
                    error_log %1$s/error.log;
                    events { worker_connections 256; }
                    http {
                        include /etc/nginx/mime.types;
                        default_type application/octet-stream;
                        access_log %1$s/access.log;
                        client_body_temp_path %1$s/tmp/body;
                        proxy_temp_path %1$s/tmp/proxy;
                        fastcgi_temp_path %1$s/tmp/fastcgi;
                        uwsgi_temp_path %1$s/tmp/uwsgi;
                        scgi_temp_path %1$s/tmp/scgi;
                        include %1$s/gongjian.conf;
                    }
                    """.formatted(dir);
            Path conf = dir.resolve("nginx.conf");
            Files.writeString(conf, main);
            return conf;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code nginx -t} on the site; returns its output, throws when the configuration is refused. */
    String test(String site) {
        Path conf = mainConfig(site);
        return run(List.of(BINARY.toString(), "-t", "-c", conf.toString(), "-p", dir.toString()), dir);
    }

    void start(String site) {
        Path conf = mainConfig(site);
        try {
            process = new ProcessBuilder(BINARY.toString(), "-c", conf.toString(), "-p", dir.toString(), "-g", "daemon off;")
                    .redirectErrorStream(true).redirectOutput(dir.resolve("nginx.out").toFile()).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        awaitListening();
    }

    /** nginx writes its PID file once its sockets are bound: wait for it, or for its refusal. */
    private void awaitListening() {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!Files.isRegularFile(dir.resolve("nginx.pid"))) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                throw new AssertionError("nginx did not start:\n" + read(dir.resolve("nginx.out")) + read(dir.resolve("error.log")));
            }
            ServerBrowser.sleep(100);
        }
    }

    private static String read(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.readString(file) : "";
        } catch (IOException e) {
            return "";
        }
    }

    @Override
    public void close() {
        if (process != null) {
            process.destroy(); // SIGTERM to our own master only; it stops its workers
            try {
                process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            process.destroyForcibly();
        }
    }

    private static String run(List<String> command, Path dir) {
        try {
            Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes());
            if (!p.waitFor(Duration.ofMinutes(1).toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS) || p.exitValue() != 0) {
                throw new AssertionError(String.join(" ", command) + " failed:\n" + out);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    static Map<String, String> none() {
        return Map.of();
    }
}
