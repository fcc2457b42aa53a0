package org.gongjian.notification.service;

import com.sun.net.httpserver.HttpServer;
import io.vertx.core.Vertx;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A webhook request goes to the address its target was checked at and nowhere else: the URL's host is not resolved
 * again (here it cannot be resolved at all) yet still names the server, and a redirect is not followed.
 */
class PinnedPostTest {

    /** {@code .invalid} never resolves (RFC 6761): reaching the server proves the name was not looked up. */
    private static final String UNRESOLVABLE = "hooks.district.invalid";

    private final List<String> received = new CopyOnWriteArrayList<>();
    private Vertx vertx;
    private HttpServer server;
    private PinnedPost post;

    @BeforeEach
    void start() throws Exception {
        vertx = Vertx.vertx();
        post = new PinnedPost(vertx, Duration.ofSeconds(5));
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hooks", exchange -> {
            received.add(exchange.getRequestHeaders().getFirst("Host") + " " + exchange.getRequestURI() + " "
                    + exchange.getRequestHeaders().getFirst("X-Gongjian-Event-Id") + " "
                    + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.createContext("/answered-slowly", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(200, 1000);
            exchange.getResponseBody().write("{\"received\":".getBytes(StandardCharsets.UTF_8));
            exchange.getResponseBody().flush();
            try {
                Thread.sleep(8_000); // the rest of the body comes late, or never
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
        });
        server.createContext("/moved", exchange -> {
            exchange.getResponseHeaders().add("Location", "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks");
            exchange.sendResponseHeaders(307, -1);
            exchange.close();
        });
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
        post.close();
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }

    @Test
    void theRequestGoesToThePinnedAddressWithoutResolvingTheNameAgain() throws Exception {
        assertThatThrownBy(() -> InetAddress.getByName(UNRESOLVABLE)).isInstanceOf(UnknownHostException.class);
        int port = server.getAddress().getPort();

        int status = post.send(URI.create("http://" + UNRESOLVABLE + ":" + port + "/hooks/gongjian?v=1"),
                InetAddress.getByName("127.0.0.1"), Map.of("X-Gongjian-Event-Id", "e-1"), "{\"签收\":true}");

        assertThat(status).isEqualTo(204);
        assertThat(received).containsExactly(UNRESOLVABLE + ":" + port + " /hooks/gongjian?v=1 e-1 {\"签收\":true}");
    }

    @Test
    void aRedirectIsAnsweredNotFollowed() throws Exception {
        int status = post.send(URI.create("http://" + UNRESOLVABLE + ":" + server.getAddress().getPort() + "/moved"),
                InetAddress.getByName("127.0.0.1"), Map.of(), "{}");

        assertThat(status).isEqualTo(307);
        assertThat(received).isEmpty();
    }

    /**
     * A receiver's 200 is its acknowledgement: the delivery is done once the status arrives, whatever follows. Waiting
     * for the body's end made an acknowledged delivery count as failed when the end came late, or, as seen under load,
     * when it had come before the wait began (vert.x issue 5614); either way it was sent again.
     */
    @Test
    void theStatusIsTheAcknowledgementWithoutWaitingForTheBody() throws Exception {
        URI url = URI.create("http://" + UNRESOLVABLE + ":" + server.getAddress().getPort() + "/answered-slowly");
        long started = System.nanoTime();

        int status = post.send(url, InetAddress.getByName("127.0.0.1"), Map.of("X-Gongjian-Event-Id", "e-1"), "{}");

        assertThat(status).isEqualTo(200);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    }
}
