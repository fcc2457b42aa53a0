package org.gongjian.resilience;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.gongjian.stack.DemoData;
import org.gongjian.stack.Seed004;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A steady stream of the district's work through the gateways, with real Keycloak tokens: each cycle registers an
 * organ's and an enterprise's party organization, proposes their pairing and launches it (committee), schedules a
 * joint activity, records it held and has the partner confirm it (secretaries), raises a demand that the organ side
 * accepts and resolves (liaison, secretary), and acknowledges a notice that asks for a receipt (liaison). Runs on its
 * own threads until {@link #stop()}; {@link #pause()} lets the platform go quiet for the checks.
 */
public final class Workload {

    private static final ZoneOffset DISTRICT_ZONE = ZoneOffset.ofHours(8);
    /** Answers of a service that has not yet learnt of an organization or a pairing from another's events. */
    private static final Predicate<Gateways.Answer> PROJECTION_LAG = answer -> Set.of(404, 409, 422).contains(answer.status())
            || DemoData.memberNotYetKnown(answer.status(), answer.body());
    private static final Duration PROJECTION_PATIENCE = Duration.ofSeconds(90);

    private final Gateways gateways;
    private final Function<String, String> tokens;
    private final Map<String, String> orgIds;
    private final List<String> pairingIds;
    private final int workers;
    private final Duration pace;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final AtomicBoolean paused = new AtomicBoolean(false);
    private final AtomicInteger busy = new AtomicInteger();
    private final AtomicInteger cycle = new AtomicInteger();
    private final AtomicInteger completedCycles = new AtomicInteger();
    private final List<Thread> threads = new ArrayList<>();
    private final List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());

    /**
     * @param tokens     a user's access token by username (issued once, before any fault)
     * @param orgIds     the seed-004 organizations by key (the demo data's)
     * @param pairingIds the seed-004 pairings, in the order of {@link Seed004#PAIRINGS}
     * @param pace       the pause between two cycles of one worker
     */
    public Workload(Gateways gateways, Function<String, String> tokens, Map<String, String> orgIds, List<String> pairingIds,
                    int workers, Duration pace) {
        this.gateways = gateways;
        this.tokens = tokens;
        this.orgIds = orgIds;
        this.pairingIds = pairingIds;
        this.workers = workers;
        this.pace = pace;
    }

    public void start() {
        for (int i = 0; i < workers; i++) {
            Thread t = Thread.ofPlatform().daemon().name("workload-" + i).start(this::run);
            threads.add(t);
        }
    }

    /** Stops starting new cycles and waits until the cycles under way are done. */
    public void pause() {
        paused.set(true);
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (busy.get() > 0 && System.nanoTime() < deadline) {
            sleep(Duration.ofMillis(100));
        }
    }

    public void resume() {
        paused.set(false);
    }

    public void stop() {
        running.set(false);
        paused.set(false);
        threads.forEach(t -> {
            try {
                t.join(Duration.ofMinutes(2));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    public int completedCycles() {
        return completedCycles.get();
    }

    /** Why cycles stopped early (the first answer that was not a success), newest last. */
    public List<String> failures() {
        synchronized (failures) {
            return List.copyOf(failures);
        }
    }

    private void run() {
        while (running.get()) {
            if (paused.get()) {
                sleep(Duration.ofMillis(100));
                continue;
            }
            busy.incrementAndGet();
            try {
                if (paused.get()) {
                    continue;
                }
                oneCycle(cycle.incrementAndGet());
                completedCycles.incrementAndGet();
            } catch (CycleStopped e) {
                failures.add(e.getMessage());
            } catch (RuntimeException e) {
                failures.add(e.toString());
            } finally {
                busy.decrementAndGet();
            }
            sleep(pace);
        }
    }

    private void oneCycle(int n) {
        String committee = tokens.apply(DemoData.LOADER_USER);
        String organ = register(committee, organ(n));
        String enterprise = register(committee, enterprise(n));
        Seed004.PairingSeed seed = new Seed004.PairingSeed("韧性测试结对共建第" + n + "组", "ONE_TO_ONE", "o" + n,
                List.of("e" + n), List.of("共学共建"), List.of("组织共建", "党员共学"));
        ObjectNode pairing = DemoData.pairingJson(seed, Map.of("o" + n, organ, "e" + n, enterprise),
                LocalDate.now(DISTRICT_ZONE));
        String pairingId = ok(gateways.sendUntilProjected("POST", "/api/pairings", committee, pairing, PROJECTION_PATIENCE,
                PROJECTION_LAG), "propose pairing").json().path("id").asText();
        ObjectNode launch = Gateways.JSON.createObjectNode().put("title", "韧性测试启动仪式第" + n + "场")
                .put("heldOn", LocalDate.now(DISTRICT_ZONE).toString());
        launch.putArray("pairingIds").add(pairingId);
        ok(gateways.send("POST", "/api/launches", committee, launch, null), "launch");

        activity(n);
        demand(n);
        receipt();
    }

    private void activity(int n) {
        String lead = tokens.apply("secretary.jijian");
        String partner = tokens.apply("secretary.jiajiamei");
        OffsetDateTime now = OffsetDateTime.now(DISTRICT_ZONE).truncatedTo(ChronoUnit.MINUTES);
        OffsetDateTime monthStart = now.toLocalDate().withDayOfMonth(1).atStartOfDay().atOffset(DISTRICT_ZONE);
        OffsetDateTime startsAt = now.minusHours(2).isBefore(monthStart) ? monthStart : now.minusHours(2);
        ObjectNode plan = Gateways.JSON.createObjectNode()
                .put("pairingId", pairingIds.get(0))
                .put("title", "韧性测试联建活动第" + n + "次")
                .put("type", "STUDY_SESSION")
                .put("startsAt", startsAt.toString())
                .put("endsAt", startsAt.plusHours(1).toString())
                .put("location", "党员活动室");
        String id = ok(gateways.sendUntilProjected("POST", "/api/activities", lead, plan, PROJECTION_PATIENCE, PROJECTION_LAG),
                "schedule activity").json().path("id").asText();
        ObjectNode held = Gateways.JSON.createObjectNode().put("summary", "共学党规党纪，交流共建经验。")
                .put("outcomes", "形成共建清单一项。");
        held.putArray("attendance")
                .add(attendance(orgIds.get("jijian"), 8, 1, 0))
                .add(attendance(orgIds.get("jiajiamei"), 12, 1, 3));
        ok(gateways.send("POST", "/api/activities/" + id + "/completion", lead, held, etag(lead, id)), "record activity held");
        ok(gateways.send("POST", "/api/activities/" + id + "/confirmation", partner, "", etag(partner, id)), "confirm activity");
    }

    private void demand(int n) {
        String liaison = tokens.apply("liaison.minsheng");
        String organSide = tokens.apply("secretary.bangongshi");
        ObjectNode demand = Gateways.JSON.createObjectNode()
                .put("category", "用工招聘")
                .put("title", "韧性测试需求第" + n + "项")
                .put("detail", "请协助对接高校与人社部门。")
                .put("dueOn", LocalDate.now(DISTRICT_ZONE).plusDays(15).toString());
        String id = ok(gateways.send("POST", "/api/pairings/" + pairingIds.get(1) + "/demands", liaison, demand, null),
                "raise demand").json().path("id").asText();
        ok(gateways.send("POST", "/api/demands/" + id + "/acceptance", organSide,
                Gateways.JSON.createObjectNode().put("note", "已受理"), null), "accept demand");
        ok(gateways.send("POST", "/api/demands/" + id + "/resolution", organSide,
                Gateways.JSON.createObjectNode().put("resolution", "已对接完成。"), null), "resolve demand");
    }

    /** The enterprise liaison of the first pairing acknowledges the newest notice that asks for a receipt, if any. */
    private void receipt() {
        String liaison = tokens.apply("liaison.jiajiamei");
        JsonNode inbox = ok(gateways.send("GET", "/api/notifications?size=50", liaison, null, null), "read inbox").json();
        for (JsonNode notice : inbox.path("items")) {
            if (notice.path("receiptRequired").asBoolean() && notice.path("acknowledgedAt").isNull()) {
                ok(gateways.send("POST", "/api/notifications/" + notice.path("id").asText() + "/receipt", liaison, "", null),
                        "acknowledge receipt");
                return;
            }
        }
    }

    private String register(String token, Seed004.Org org) {
        ObjectNode body = DemoData.organizationJson(org);
        ObjectNode host = (ObjectNode) body.get("hostUnit");
        if (org.enterprise()) {
            host.put("creditCode", Seed004.randomCreditCode());
        } else {
            host.remove("creditCode");
        }
        return ok(gateways.send("POST", "/api/organizations", token, body, null), "register organization")
                .json().path("id").asText();
    }

    private static Seed004.Org organ(int n) {
        return new Seed004.Org(100 + n, "o" + n, "韧性测试机关第" + n + "党支部", "BRANCH", "ORGAN", "韧性测试机关第" + n + "处",
                "王" + n, 9, 1, "2015-03-01", List.of(), "办公室联络员");
    }

    private static Seed004.Org enterprise(int n) {
        return new Seed004.Org(100 + n, "e" + n, "韧性测试企业第" + n + "党支部", "BRANCH", "NON_PUBLIC_ENTERPRISE",
                "湘潭韧性测试第" + n + "有限公司", "李" + n, 7, 1, "2016-05-01", List.of(), "企业联络员");
    }

    private String etag(String token, String activityId) {
        return gateways.send("GET", "/api/activities/" + activityId, token, null, null).header("ETag");
    }

    private static ObjectNode attendance(String organizationId, int full, int probationary, int others) {
        return Gateways.JSON.createObjectNode().put("organizationId", organizationId)
                .put("full", full).put("probationary", probationary).put("others", others);
    }

    private static Gateways.Answer ok(Gateways.Answer answer, String what) {
        if (!answer.ok()) {
            throw new CycleStopped(what + ": HTTP " + answer.status() + " "
                    + (answer.body() == null ? "" : answer.body().substring(0, Math.min(300, answer.body().length()))));
        }
        return answer;
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A cycle that met an answer other than a success; the next cycle starts afresh. */
    static final class CycleStopped extends RuntimeException {
        CycleStopped(String message) {
            super(message);
        }
    }
}
