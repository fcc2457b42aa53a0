package org.gongjian.gateway.support;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The tests' handle on the stand-in services: what they received, and stopping and starting them. */
public final class FakeServices {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private FakeServices() {
    }

    /** A request as the service received it: method, path, query, headers (lower-case names), bodyLength, bodySha256. */
    public record Received(Map<String, Object> raw) {
        public String path() {
            return (String) raw.get("path");
        }

        public String query() {
            return (String) raw.get("query");
        }

        public int bodyLength() {
            return (Integer) raw.get("bodyLength");
        }

        public String bodySha256() {
            return (String) raw.get("bodySha256");
        }

        @SuppressWarnings("unchecked")
        public Optional<String> header(String name) {
            List<String> values = ((Map<String, List<String>>) raw.get("headers")).get(name.toLowerCase());
            return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
        }
    }

    public static List<Received> received(String service) {
        String body = call("GET", "/received/" + service);
        try {
            List<Map<String, Object>> records = JSON.readValue(body, new TypeReference<>() {
            });
            return records.stream().map(Received::new).toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The last request the service received on that path. */
    public static Received lastReceived(String service, String path) {
        List<Received> all = received(service);
        for (int i = all.size() - 1; i >= 0; i--) {
            if (all.get(i).path().equals(path)) {
                return all.get(i);
            }
        }
        throw new AssertionError(service + " received nothing on " + path);
    }

    public static boolean hasReceived(String service, String path) {
        return received(service).stream().anyMatch(received -> received.path().equals(path));
    }

    public static void stop(String service) {
        call("POST", "/stop/" + service);
    }

    public static void start(String service) {
        call("POST", "/start/" + service);
    }

    private static String call(String method, String path) {
        String control = System.getProperty(FakeServicesResource.CONTROL_PROPERTY);
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(control + path))
                    .method(method, HttpRequest.BodyPublishers.noBody()).build();
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
