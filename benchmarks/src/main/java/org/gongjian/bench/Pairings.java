package org.gongjian.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.gongjian.stack.DemoData;
import org.gongjian.stack.LocalStack;
import org.gongjian.stack.Seed004;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Pairings for the notice measures, made through the public API of the stack (so that every service's projection
 * knows them from the real events): the seed-004 organizations (DemoData: 9 organs, 12 enterprises, with secretaries
 * and liaisons who have e-mail addresses), then one-to-one pairings between them, proposed concurrently.
 */
final class Pairings {

    static final ObjectMapper JSON = new ObjectMapper();

    private final LocalStack stack;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final List<String> organs = new ArrayList<>();
    private final List<String> enterprises = new ArrayList<>();

    Pairings(LocalStack stack) throws Exception {
        this.stack = stack;
        DemoData demo = new DemoData(stack);
        demo.load();
        JsonNode orgs = JSON.readTree(Files.readString(demo.marker())).path("organizations");
        for (Seed004.Org org : Seed004.ORGANIZATIONS) {
            (org.enterprise() ? enterprises : organs).add(orgs.path(org.key()).asText());
        }
    }

    String token() {
        return "Bearer " + stack.accessToken(DemoData.LOADER_USER, DemoData.DEMO_PASSWORD);
    }

    /** Proposes {@code count} one-to-one pairings with 8 concurrent clients; answers their ids. */
    List<String> propose(int count, String label) throws Exception {
        String token = token();
        String url = stack.serviceUrl("pairing-service") + "/api/pairings";
        List<String> ids = Collections.synchronizedList(new ArrayList<>());
        try (ExecutorService clients = Executors.newFixedThreadPool(8)) {
            List<Future<?>> all = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int n = i;
                all.add(clients.submit(() -> {
                    ObjectNode p = JSON.createObjectNode();
                    p.put("title", label + " " + n);
                    p.put("type", "ONE_TO_ONE");
                    p.put("leadId", organs.get(n % organs.size()));
                    p.putArray("partnerIds").add(enterprises.get(n % enterprises.size()));
                    ObjectNode agreement = p.putObject("agreement");
                    agreement.putArray("goals").add("组织共建");
                    agreement.putArray("commitments").add("每月联合开展一次主题党日");
                    agreement.putObject("cadence").put("count", 1).put("period", "MONTH");
                    LocalDate start = LocalDate.now();
                    p.putObject("term").put("start", start.toString()).put("end", start.plusYears(2).toString());
                    HttpResponse<String> r = post(url, token, p.toString());
                    if (r.statusCode() != 201) {
                        throw new IllegalStateException("propose answered " + r.statusCode() + ": " + r.body());
                    }
                    ids.add(JSON.readTree(r.body()).path("id").asText());
                    return null;
                }));
            }
            for (Future<?> f : all) {
                f.get();
            }
        }
        return ids;
    }

    HttpResponse<String> post(String url, String token, String json) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", token)
                        .header("Content-Type", "application/json").timeout(Duration.ofMinutes(5))
                        .POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** {@code POST /api/launches} of the given pairings; answers the HTTP status. */
    int launch(String token, List<String> pairingIds, String title) throws Exception {
        ObjectNode body = JSON.createObjectNode().put("title", title).put("heldOn", LocalDate.now().toString());
        ArrayNode ids = body.putArray("pairingIds");
        pairingIds.forEach(ids::add);
        HttpResponse<String> r = post(stack.serviceUrl("pairing-service") + "/api/launches", token, body.toString());
        if (r.statusCode() >= 300) {
            throw new IllegalStateException("launch answered " + r.statusCode() + ": " + r.body());
        }
        return r.statusCode();
    }

    /** {@code POST /api/pairings/{id}/approval}, answering when it was sent. */
    Instant approve(String token, String pairingId) throws Exception {
        Instant sent = Instant.now();
        HttpResponse<String> r = post(stack.serviceUrl("pairing-service") + "/api/pairings/" + pairingId + "/approval", token, "");
        if (r.statusCode() >= 300) {
            throw new IllegalStateException("approval answered " + r.statusCode() + ": " + r.body());
        }
        return sent;
    }
}
