package org.gongjian.gateway.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Starts the four stand-in services and a small control server through which tests read what a service received
 * and stop or start it ({@code GET /received/<service>}, {@code POST /stop/<service>}, {@code POST /start/<service>}).
 * Tests talk to it over HTTP ({@link FakeServices}), so nothing depends on which class loader runs what.
 */
public class FakeServicesResource implements QuarkusTestResourceLifecycleManager {

    static final String CONTROL_PROPERTY = "gongjian.test.fake-services.control";

    private final Map<String, FakeService> services = new LinkedHashMap<>();
    private HttpServer control;

    @Override
    public Map<String, String> start() {
        for (String name : List.of("registry", "pairing", "activity", "notification")) {
            FakeService service = new FakeService(name + "-service");
            service.start();
            services.put(service.name(), service);
        }
        startControl();
        Map<String, String> config = new LinkedHashMap<>();
        services.forEach((name, service) ->
                config.put("gongjian.gateway.services." + name.replace("-service", ""), service.url()));
        return config;
    }

    private void startControl() {
        try {
            control = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ObjectMapper json = new ObjectMapper();
        control.createContext("/", exchange -> {
            String[] parts = exchange.getRequestURI().getPath().split("/");
            FakeService service = parts.length == 3 ? services.get(parts[2]) : null;
            if (service == null) {
                respond(exchange, 404, "{}");
                return;
            }
            switch (parts[1]) {
                case "received" -> respond(exchange, 200, json.writeValueAsString(service.received()));
                case "stop" -> {
                    service.stop();
                    respond(exchange, 200, "{}");
                }
                case "start" -> {
                    service.start();
                    respond(exchange, 200, "{}");
                }
                default -> respond(exchange, 404, "{}");
            }
        });
        control.start();
        System.setProperty(CONTROL_PROPERTY, "http://127.0.0.1:" + control.getAddress().getPort());
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 0, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void stop() {
        services.values().forEach(FakeService::stop);
        if (control != null) {
            control.stop(0);
        }
    }
}
