package org.gongjian.stack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongjian.stack.Seed004.Org;
import org.gongjian.stack.Seed004.PairingSeed;

import static org.gongjian.stack.Seed004.DISTRICT;
import static org.gongjian.stack.Seed004.LAUNCH_TITLE;
import static org.gongjian.stack.Seed004.ORGANIZATIONS;
import static org.gongjian.stack.Seed004.PAIRINGS;
import static org.gongjian.stack.Seed004.creditCode;
import static org.gongjian.stack.Seed004.phone;

/**
 * Loads the seed-004 scenario (Xiangtan High-tech Zone, DOMAIN.md) through the public API of the gateway, as
 * {@code admin.zhang} would: 9 organ and 12 enterprise party organizations, 9 pairings that cover all 12
 * enterprises (one of them an alliance of three units), and one launch ceremony that activates them all; then the
 * first joint activities and a demand ({@link DemoActivities}).
 * Then it points the demo users' {@code org} attribute, a placeholder in the realm JSON
 * ({@code 5eed0004-0000-4000-8000-0000000000NN}, NN = the organization's number below), at the organization the
 * registry created. Runs once per stack (marker file {@code demo-data.json}); safe to re-run after a failure
 * (organizations and pairings that already exist by name/title are reused).
 */
public final class DemoData {

    public static final String LOADER_USER = "admin.zhang";
    public static final String DEMO_PASSWORD = "gongjian";

    /** What {@link #load()} did. */
    public enum Outcome { LOADED, ALREADY_LOADED, SKIPPED_NO_GATEWAY }

    /** The gateway answered, but refused the data. */
    public static final class RejectedException extends StackException {
        RejectedException(String message) {
            super(message);
        }
    }

    private final StackConfig config;
    private final LocalStack stack;
    private final LocalDate today;

    public DemoData(LocalStack stack) {
        this(stack, LocalDate.now());
    }

    DemoData(LocalStack stack, LocalDate today) {
        this.stack = stack;
        this.config = stack.config();
        this.today = today;
    }

    private static final Duration MEMBERS_KNOWN_WITHIN = Duration.ofMinutes(3);

    public Path marker() {
        return config.baseDir().resolve("demo-data.json");
    }

    /**
     * Loads the scenario once.
     *
     * @throws RejectedException when the gateway is up but refuses a request
     */
    public Outcome load() {
        if (Files.isRegularFile(marker())) {
            return Outcome.ALREADY_LOADED;
        }
        if (!stack.gatewayReady()) {
            return Outcome.SKIPPED_NO_GATEWAY;
        }
        String api = config.gatewayUrl() + "/api";
        String token = stack.accessToken(LOADER_USER, DEMO_PASSWORD);

        Map<String, String> orgIds = new LinkedHashMap<>();
        Map<String, String> existingOrgs = existing(api + "/organizations?size=200", token, "name");
        for (Org org : ORGANIZATIONS) {
            String id = existingOrgs.get(org.name());
            if (id == null) {
                id = create(api + "/organizations", token, organizationJson(org));
            }
            orgIds.put(org.key(), id);
        }
        say("  demo data: " + orgIds.size() + " organizations (" + ORGANIZATIONS.stream().filter(Org::enterprise).count()
                + " enterprises)");
        int fixed = fixUpUsers(orgIds);
        say("  demo data: " + fixed + " demo users now carry their organization's id in attribute org");

        Map<String, String> existingPairings = existing(api + "/pairings?size=200", token, "title");
        List<String> pairingIds = new ArrayList<>();
        List<String> toLaunch = new ArrayList<>();
        for (PairingSeed p : PAIRINGS) {
            String id = existingPairings.get(p.title());
            if (id == null) {
                id = proposeOnceMembersAreKnown(api + "/pairings", token, pairingJson(p, orgIds));
                toLaunch.add(id);
            }
            pairingIds.add(id);
        }
        say("  demo data: " + pairingIds.size() + " pairings proposed");
        if (!toLaunch.isEmpty()) {
            ObjectNode launch = Http.JSON.createObjectNode()
                    .put("title", LAUNCH_TITLE)
                    .put("heldOn", today.toString());
            ArrayNode ids = launch.putArray("pairingIds");
            toLaunch.forEach(ids::add);
            create(api + "/launches", token, launch);
            say("  demo data: launch ceremony activated " + toLaunch.size() + " pairings");
            new DemoActivities(stack, api).load(orgIds, pairingIds);
            say("  demo data: a symposium held and confirmed, a themed party day planned, a demand resolved");
        }
        writeMarker(orgIds, pairingIds);
        return Outcome.LOADED;
    }

    private Map<String, String> existing(String url, String token, String field) {
        Map<String, String> byName = new HashMap<>();
        Http.Response r = Http.get(url, token, Duration.ofSeconds(30));
        if (r.ok()) {
            for (JsonNode item : r.json().path("items")) {
                if (item.hasNonNull(field) && item.hasNonNull("id")) {
                    byName.put(item.get(field).asText(), item.get("id").asText());
                }
            }
        }
        return byName;
    }

    /**
     * pairing-service learns of a registered organization from registry-service's events, so right after registering
     * (or behind a backlog of other events) it may still answer that a member is not a known organization: ask again
     * until it knows them, as a clerk would.
     */
    private String proposeOnceMembersAreKnown(String url, String token, JsonNode body) {
        long deadline = System.nanoTime() + MEMBERS_KNOWN_WITHIN.toNanos();
        while (true) {
            Http.Response r = Http.sendJson("POST", url, token, body);
            if (!memberNotYetKnown(r.status(), r.body()) || System.nanoTime() > deadline) {
                return created(url, body, r);
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return created(url, body, r);
            }
        }
    }

    /**
     * Whether pairing-service refused a proposal because it does not know one of the members yet: a 400 naming
     * {@code leadId} or {@code partnerIds[n]}, which a valid proposal of registered organizations gets only while the
     * registration's event is on its way.
     */
    public static boolean memberNotYetKnown(int status, String problem) {
        return status == 400 && problem != null
                && (problem.contains("\"field\":\"leadId\"") || problem.contains("\"field\":\"partnerIds["));
    }

    private String create(String url, String token, JsonNode body) {
        return created(url, body, Http.sendJson("POST", url, token, body));
    }

    private static String created(String url, JsonNode body, Http.Response r) {
        if (!r.ok()) {
            throw new RejectedException("POST " + url + " answered HTTP " + r.status() + ": " + Http.abbreviate(r.body())
                    + "\n  request: " + Http.abbreviate(body.toString()));
        }
        String body2 = r.body();
        if (body2 != null && !body2.isBlank()) {
            JsonNode json = r.json();
            if (json.hasNonNull("id")) {
                return json.get("id").asText();
            }
        }
        String location = r.header("Location");
        if (location != null) {
            return location.substring(location.lastIndexOf('/') + 1);
        }
        return "";
    }

    /** The body of {@code POST /api/organizations} for a scenario organization. */
    public static ObjectNode organizationJson(Org org) {
        ObjectNode o = Http.JSON.createObjectNode();
        o.put("district", DISTRICT);
        o.put("name", org.name());
        o.put("kind", org.kind());
        o.put("sector", org.sector());
        o.putNull("parentId");
        o.putObject("hostUnit").put("name", org.hostUnit()).put("creditCode", creditCode(org));
        o.putObject("secretary").put("name", org.secretary()).put("phone", phone(138_7320_0000L, org.no()));
        ObjectNode contact = o.putArray("contacts").addObject();
        contact.put("name", org.contact())
                .put("phone", phone(159_7321_0000L, org.no()))
                .put("email", org.contactEmail())
                .put("language", "zh-CN");
        o.putObject("members").put("full", org.full()).put("probationary", org.probationary());
        o.put("foundedOn", org.foundedOn());
        ArrayNode honours = o.putArray("honours");
        org.honours().forEach(honours::add);
        return o;
    }

    ObjectNode pairingJson(PairingSeed p, Map<String, String> orgIds) {
        return pairingJson(p, orgIds, today);
    }

    /**
     * The body of {@code POST /api/pairings} for a scenario pairing: cadence one activity a month, a two-year term
     * from {@code termStart}.
     *
     * @param orgIds organization ids by {@link Org#key()}
     */
    public static ObjectNode pairingJson(PairingSeed p, Map<String, String> orgIds, LocalDate termStart) {
        ObjectNode o = Http.JSON.createObjectNode();
        o.put("district", DISTRICT);
        o.put("title", p.title());
        o.put("type", p.type());
        o.put("leadId", orgIds.get(p.lead()));
        ArrayNode partners = o.putArray("partnerIds");
        p.partners().forEach(k -> partners.add(orgIds.get(k)));
        ObjectNode agreement = o.putObject("agreement");
        ArrayNode goals = agreement.putArray("goals");
        p.goals().forEach(goals::add);
        ArrayNode commitments = agreement.putArray("commitments");
        p.commitments().forEach(commitments::add);
        agreement.putObject("cadence").put("count", 1).put("period", "MONTH");
        o.putObject("term").put("start", termStart.toString()).put("end", termStart.plusYears(2).minusDays(1).toString());
        return o;
    }

    /**
     * Points every demo user whose {@code org} attribute in the realm JSON is a placeholder at the organization the
     * registry created for it. Works from the realm JSON (not from the users' current values), so it also repairs
     * users that still carry ids of an earlier load.
     */
    private int fixUpUsers(Map<String, String> orgIds) {
        return pointUsersAtOrganizations(config, orgIds);
    }

    /**
     * Points every demo user of the realm JSON whose {@code org} is a placeholder at the organization that now
     * stands for it (for tests that register the scenario's organizations themselves). Tokens issued afterwards
     * carry the real ids.
     *
     * @param orgIds organization ids by {@link Org#key()}
     * @return how many users were changed
     */
    public static int pointUsersAtOrganizations(LocalStack stack, Map<String, String> orgIds) {
        return pointUsersAtOrganizations(stack.config(), orgIds);
    }

    private static int pointUsersAtOrganizations(StackConfig config, Map<String, String> orgIds) {
        Map<String, String> byPlaceholder = new HashMap<>();
        for (Org org : ORGANIZATIONS) {
            byPlaceholder.put(org.placeholderId(), orgIds.get(org.key()));
        }
        Map<String, String> wanted = new LinkedHashMap<>(); // username -> organization id
        try (InputStream in = Keycloak.realmJson(config)) {
            for (JsonNode u : Http.JSON.readTree(in).path("users")) {
                String id = byPlaceholder.get(u.path("attributes").path("org").path(0).asText(""));
                if (id != null && !id.isBlank()) {
                    wanted.put(u.path("username").asText(), id);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the realm JSON", e);
        }
        KeycloakAdmin admin = KeycloakAdmin.of(config);
        int fixed = 0;
        for (Map.Entry<String, String> w : wanted.entrySet()) {
            if (admin.setOrganization(w.getKey(), w.getValue())) {
                fixed++;
            }
        }
        return fixed;
    }

    private void writeMarker(Map<String, String> orgIds, List<String> pairingIds) {
        ObjectNode m = Http.JSON.createObjectNode();
        m.put("loadedAt", OffsetDateTime.now().toString());
        m.put("scenario", "seed-004 Xiangtan High-tech Zone");
        ObjectNode orgs = m.putObject("organizations");
        orgIds.forEach(orgs::put);
        ArrayNode pairings = m.putArray("pairings");
        pairingIds.forEach(pairings::add);
        try {
            Files.writeString(marker(), Http.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(m), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void say(String s) {
        config.out().accept(s);
    }
}
