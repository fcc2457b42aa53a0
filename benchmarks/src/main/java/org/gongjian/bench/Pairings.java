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
        register();
    }

    /**
     * Two organizations may share only one open pairing: 1,000 one-to-one pairings at a time need more members than
     * the scenario's 9 organs and 12 enterprises. Registers {@link #EXTRA_ORGANS} organs and {@link #EXTRA_ENTERPRISES}
     * enterprises more (each with a secretary and a liaison who has an e-mail address) and waits until pairing- and
     * notification-service have learnt of them from the events.
     */
    private void register() throws Exception {
        String token = token();
        String url = stack.serviceUrl("registry-service") + "/api/organizations";
        List<String> created = Collections.synchronizedList(new ArrayList<>());
        try (ExecutorService clients = Executors.newFixedThreadPool(8)) {
            List<Future<?>> all = new ArrayList<>();
            for (int i = 0; i < EXTRA_ORGANS + EXTRA_ENTERPRISES; i++) {
                boolean organ = i < EXTRA_ORGANS;
                int n = i;
                all.add(clients.submit(() -> {
                    String key = "bench" + n;
                    Seed004.Org org = new Seed004.Org(100 + n, key, (organ ? "湘潭高新区基准机关第" : "湖南基准企业第") + n + "党支部",
                            "BRANCH", organ ? "ORGAN" : "NON_PUBLIC_ENTERPRISE", organ ? "湘潭高新区基准局" + n : "湖南基准企业" + n + "有限公司",
                            "书记" + n, 9, 1, "2015-07-01", List.of(), "联络员" + n);
                    ObjectNode json = DemoData.organizationJson(org);
                    ((ObjectNode) json.path("hostUnit")).put("creditCode", RegistryData.creditCode());
                    ((ObjectNode) json.path("secretary")).put("phone", "1380732" + String.format("%04d", n));
                    ((ObjectNode) json.path("contacts").get(0)).put("phone", "1590732" + String.format("%04d", n));
                    HttpResponse<String> r = post(url, token, json.toString());
                    if (r.statusCode() != 201) {
                        throw new IllegalStateException("registering an organization answered " + r.statusCode() + ": " + r.body());
                    }
                    String id = JSON.readTree(r.body()).path("id").asText();
                    synchronized (this) {
                        (organ ? organs : enterprises).add(id);
                    }
                    created.add(id);
                    return null;
                }));
            }
            for (Future<?> f : all) {
                f.get();
            }
        }
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        for (String db : List.of("pairing", "notification")) {
            try (java.sql.Connection c = java.sql.DriverManager.getConnection(stack.jdbcUrl(db), "gongjian", "gongjian");
                    var q = c.prepareStatement("SELECT count(*) FROM organization WHERE id = ANY (?::uuid[])")) {
                q.setArray(1, c.createArrayOf("text", created.toArray()));
                while (true) {
                    try (var r = q.executeQuery()) {
                        r.next();
                        if (r.getLong(1) >= created.size()) {
                            break;
                        }
                    }
                    if (System.nanoTime() > deadline) {
                        throw new IllegalStateException(db + "-service did not learn of the registered organizations within 5 minutes");
                    }
                    Thread.sleep(500);
                }
            }
        }
    }

    static final int EXTRA_ORGANS = 31;
    static final int EXTRA_ENTERPRISES = 48;
    private final java.util.concurrent.atomic.AtomicInteger nextPair = new java.util.concurrent.atomic.AtomicInteger();

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
                    while (true) {
                    int pair = nextPair.getAndIncrement();
                    if (pair >= organs.size() * enterprises.size()) {
                        throw new IllegalStateException("no more distinct (organ, enterprise) pairs for a one-to-one pairing");
                    }
                    ObjectNode p = JSON.createObjectNode();
                    p.put("title", label + " " + n);
                    p.put("type", "ONE_TO_ONE");
                    p.put("leadId", organs.get(pair % organs.size()));
                    p.putArray("partnerIds").add(enterprises.get(pair / organs.size()));
                    ObjectNode agreement = p.putObject("agreement");
                    agreement.putArray("goals").add("组织共建");
                    agreement.putArray("commitments").add("每月联合开展一次主题党日");
                    agreement.putObject("cadence").put("count", 1).put("period", "MONTH");
                    LocalDate start = LocalDate.now();
                    p.putObject("term").put("start", start.toString()).put("end", start.plusYears(2).toString());
                    HttpResponse<String> r = post(url, token, p.toString());
                    if (r.statusCode() == 409) {
                        continue; // these two already share an open pairing (the scenario's): take the next pair
                    }
                    if (r.statusCode() != 201) {
                        throw new IllegalStateException("propose answered " + r.statusCode() + ": " + r.body());
                    }
                    ids.add(JSON.readTree(r.body()).path("id").asText());
                    return null;
                    }
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
