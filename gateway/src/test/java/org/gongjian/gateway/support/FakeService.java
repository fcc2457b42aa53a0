package org.gongjian.gateway.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * A real HTTP server standing in for one service: it records what it received (method, path, query, headers,
 * body length and SHA-256) and answers canned JSON. It can be stopped and started again on the same port.
 */
final class FakeService {

    private final String name;
    private final int port;
    private final List<Map<String, Object>> received = new CopyOnWriteArrayList<>();
    private HttpServer server;

    FakeService(String name) {
        this.name = name;
        this.port = FakeServicesResource.freePort();
    }

    String name() {
        return name;
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    List<Map<String, Object>> received() {
        return received;
    }

    synchronized void start() {
        if (server != null) {
            return;
        }
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/", this::handle);
        server.start();
    }

    synchronized void stop() {
        if (server != null) {
            server.stop(0);
            server = null;
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] body = readAll(exchange.getRequestBody());
        URI uri = exchange.getRequestURI();
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("method", exchange.getRequestMethod());
        record.put("path", uri.getRawPath());
        record.put("query", uri.getRawQuery());
        Map<String, List<String>> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((key, values) -> headers.put(key.toLowerCase(), new ArrayList<>(values)));
        record.put("headers", headers);
        record.put("bodyLength", body.length);
        record.put("bodySha256", sha256(body));
        received.add(record);

        if (LedgerBenchRows.asked(uri.getRawQuery())) {
            exchange.getResponseHeaders().add("Content-Type", "application/x-ndjson");
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                LedgerBenchRows.write(uri.getRawPath(), out);
            }
            return;
        }
        LedgerCannedRows.Answer ledger = LedgerCannedRows.answer(uri.getRawPath(), uri.getRawQuery());
        if (ledger != null) {
            byte[] rows = ledger.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", ledger.contentType());
            exchange.sendResponseHeaders(ledger.status(), rows.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(rows);
            }
            return;
        }
        String json = CannedAnswers.answer(name, uri.getRawPath(), uri.getRawQuery(), record);
        byte[] answer = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json;charset=UTF-8");
        exchange.getResponseHeaders().add("X-Served-By", name);
        if (uri.getRawPath().endsWith(".ics")) {
            exchange.getResponseHeaders().add("Cache-Control", "private, max-age=900"); // as activity-service's feed
        }
        exchange.sendResponseHeaders(200, answer.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(answer);
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        try (in) {
            return in.readAllBytes();
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
