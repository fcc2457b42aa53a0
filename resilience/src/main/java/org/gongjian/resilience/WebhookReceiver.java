package org.gongjian.resilience;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An enterprise's own system receiving its organization's notices by webhook, on 127.0.0.1: it answers 200, or 500,
 * or hangs without answering, as told. It counts, per {@code X-Gongjian-Event-Id}, the requests it acknowledged with
 * a 200: the only ones the platform may take as delivered.
 */
public final class WebhookReceiver implements AutoCloseable {

    public enum Behaviour { ANSWER, FAIL, HANG }

    private final HttpServer server;
    private final ExecutorService handlers = Executors.newCachedThreadPool();
    private final Map<String, Long> acknowledged = new ConcurrentHashMap<>();
    private final AtomicLong requests = new AtomicLong();
    private volatile Behaviour behaviour = Behaviour.ANSWER;

    public WebhookReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        server.createContext("/", this::handle);
        server.setExecutor(handlers);
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/gongjian";
    }

    public void behave(Behaviour behaviour) {
        synchronized (this) {
            this.behaviour = behaviour;
            notifyAll();
        }
    }

    /** Requests acknowledged with a 200, per event id. */
    public Map<String, Long> acknowledged() {
        return new HashMap<>(acknowledged);
    }

    public long requests() {
        return requests.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        requests.incrementAndGet();
        try (InputStream body = exchange.getRequestBody()) {
            body.readAllBytes();
        }
        boolean hangs = behaviour == Behaviour.HANG;
        if (hangs) {
            hangWhileTold();
        }
        // a request that hung is never acknowledged: its sender gave up on it long before
        if (!hangs && behaviour == Behaviour.ANSWER) {
            String eventId = exchange.getRequestHeaders().getFirst("X-Gongjian-Event-Id");
            if (eventId != null) {
                acknowledged.merge(eventId, 1L, Long::sum);
            }
            exchange.sendResponseHeaders(200, -1);
        } else {
            exchange.sendResponseHeaders(500, -1);
        }
        exchange.close();
    }

    private void hangWhileTold() {
        synchronized (this) {
            long until = System.nanoTime() + MAX_HANG.toNanos();
            while (behaviour == Behaviour.HANG && System.nanoTime() < until) {
                try {
                    wait(1000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private static final Duration MAX_HANG = Duration.ofMinutes(3);

    @Override
    public void close() {
        behave(Behaviour.ANSWER);
        server.stop(0);
        handlers.shutdownNow();
    }
}
