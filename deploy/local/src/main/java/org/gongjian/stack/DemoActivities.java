package org.gongjian.stack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static org.gongjian.stack.DemoData.DEMO_PASSWORD;

/**
 * The life of the launched pairings in the demo data (DOMAIN.md, scenario step 4), as the branch secretaries and an
 * enterprise liaison would do it through the gateway: a symposium held today, with attendance, and confirmed by the
 * partner side; a themed party day planned for next week; a demand raised by an enterprise and resolved by the organ
 * side. So that a newcomer's dashboard, calendars and inboxes are not empty.
 */
final class DemoActivities {

    private static final ZoneOffset DISTRICT_ZONE = ZoneOffset.ofHours(8);
    /** activity-service learns that a pairing is active from pairing-service's events, a moment after the launch. */
    private static final Duration PROJECTION_WAIT = Duration.ofSeconds(90);

    private final LocalStack stack;
    private final String api;

    DemoActivities(LocalStack stack, String api) {
        this.stack = stack;
        this.api = api;
    }

    /**
     * @param orgIds     organization ids by {@link Seed004.Org#key()}
     * @param pairingIds pairing ids in the order of {@link Seed004#PAIRINGS}
     */
    void load(Map<String, String> orgIds, List<String> pairingIds) {
        String organSecretary = token("secretary.jijian");
        String enterpriseSecretary = token("secretary.jiajiamei");
        String symposiumPairing = pairingIds.get(0);

        OffsetDateTime now = OffsetDateTime.now(DISTRICT_ZONE).truncatedTo(ChronoUnit.MINUTES);
        // held today, just before now, and never before this month began, so that it counts for this month
        OffsetDateTime monthStart = now.toLocalDate().withDayOfMonth(1).atStartOfDay().atOffset(DISTRICT_ZONE);
        OffsetDateTime heldAt = now.minusHours(3).isBefore(monthStart) ? monthStart : now.minusHours(3);
        String symposium = schedule(organSecretary, activity(symposiumPairing, "廉洁文化进企业座谈交流会", "SYMPOSIUM",
                heldAt, "湘潭家家美商业连锁有限公司三楼会议室"));
        ObjectNode held = Http.JSON.createObjectNode()
                .put("summary", "双方党员围绕廉洁文化建设和企业合规经营座谈交流，纪检干部讲授廉洁微党课。")
                .put("outcomes", "形成廉洁共建清单三项，约定每季度开展一次廉洁教育。");
        held.putArray("attendance")
                .add(attendance(orgIds.get("jijian"), 9, 1, 0))
                .add(attendance(orgIds.get("jiajiamei"), 14, 2, 6));
        send("POST", "/activities/" + symposium + "/completion", organSecretary, held, etag(organSecretary, symposium));
        send("POST", "/activities/" + symposium + "/confirmation", enterpriseSecretary, "", etag(enterpriseSecretary, symposium));

        schedule(organSecretary, activity(symposiumPairing, "“童心向党”六一主题党日", "THEMED_PARTY_DAY",
                now.plusDays(7).withHour(9).withMinute(30), "湘潭高新区党群服务中心"));

        String demandPairing = pairingIds.get(1);
        String liaison = token("liaison.minsheng");
        ObjectNode demand = Http.JSON.createObjectNode()
                .put("category", "用工招聘")
                .put("title", "医药冷链物流岗位招聘对接")
                .put("detail", "新建冷链仓储中心需招聘冷链物流专业人员二十名，请协助对接高校与人社部门。")
                .put("dueOn", now.toLocalDate().plusDays(15).toString());
        String demandId = send("POST", "/pairings/" + demandPairing + "/demands", liaison, demand, null).json()
                .path("id").asText();
        String organSide = token("secretary.bangongshi");
        send("POST", "/demands/" + demandId + "/acceptance", organSide,
                Http.JSON.createObjectNode().put("note", "已受理，三日内对接"), null);
        send("POST", "/demands/" + demandId + "/resolution", organSide,
                Http.JSON.createObjectNode().put("resolution", "已联系湘潭大学、湖南工程学院举办专场招聘会，签约十八人。"), null);
    }

    private String schedule(String token, ObjectNode plan) {
        long deadline = System.nanoTime() + PROJECTION_WAIT.toNanos();
        while (true) {
            Http.Response r = Http.sendJson("POST", api + "/activities", token, plan);
            if (r.ok()) {
                return r.json().path("id").asText();
            }
            if (System.nanoTime() > deadline || (r.status() != 404 && r.status() != 409)) {
                throw new DemoData.RejectedException("POST " + api + "/activities answered HTTP " + r.status() + ": "
                        + Http.abbreviate(r.body()));
            }
            sleep();
        }
    }

    private static ObjectNode activity(String pairingId, String title, String type, OffsetDateTime startsAt, String location) {
        return Http.JSON.createObjectNode()
                .put("pairingId", pairingId)
                .put("title", title)
                .put("type", type)
                .put("startsAt", startsAt.toString())
                .put("endsAt", startsAt.plusHours(2).toString())
                .put("location", location);
    }

    private static ObjectNode attendance(String organizationId, int full, int probationary, int others) {
        return Http.JSON.createObjectNode().put("organizationId", organizationId)
                .put("full", full).put("probationary", probationary).put("others", others);
    }

    private String etag(String token, String activityId) {
        return Http.get(api + "/activities/" + activityId, token, Duration.ofSeconds(30)).header("ETag");
    }

    private Http.Response send(String method, String path, String token, Object body, String ifMatch) {
        Http.Response r = Http.sendJson(method, api + path, token, body, ifMatch);
        if (!r.ok()) {
            throw new DemoData.RejectedException(method + " " + api + path + " answered HTTP " + r.status() + ": "
                    + Http.abbreviate(r.body()));
        }
        return r;
    }

    private String token(String username) {
        return stack.accessToken(username, DEMO_PASSWORD);
    }

    private static void sleep() {
        try {
            Thread.sleep(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("interrupted while waiting for activity-service", e);
        }
    }
}
