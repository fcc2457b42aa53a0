package org.gongjian.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.gongjian.e2e.support.Api;
import org.gongjian.e2e.support.Eventually;
import org.gongjian.e2e.support.Json;
import org.gongjian.e2e.support.Jwts;
import org.gongjian.e2e.support.PlatformStack;
import org.gongjian.e2e.support.Reply;
import org.gongjian.e2e.support.Users;
import org.gongjian.e2e.support.World;
import org.gongjian.stack.DemoData;
import org.gongjian.stack.KeycloakAdmin;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.gongjian.stack.Seed004;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongjian.e2e.support.Users.COMMITTEE;

/**
 * The walls around the scenario's data, through the gateway: no token, a forged or an expired token → 401; the
 * wrong role → 403; another district's or another organization's data → 404, as if it did not exist.
 */
@Order(4)
@ExtendWith(PlatformStack.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WallsE2E {

    @BeforeAll
    void servicesRun() {
        PlatformStack.assumeServices();
    }

    @Test
    void withoutATokenEveryApiAnswers401AsAProblem() {
        for (String path : List.of("/api/organizations", "/api/pairings", "/api/activities", "/api/notifications",
                "/api/dashboard/overview", "/api/organizations/" + World.org("minsheng"))) {
            Reply r = Api.anonymous().get(path).expect(401);
            assertThat(r.header("Content-Type")).as(path).startsWith("application/problem+json");
            assertThat(r.header("Location")).as(path + " is no redirect to a login page").isNull();
        }
    }

    @Test
    void aTokenSignedWithAnotherKeyIs401() {
        String real = Users.token(COMMITTEE);
        Api.withToken(real, "admin.zhang").get("/api/organizations").expect(200);

        Api.withToken(Jwts.resignedWithAnotherKey(real), "admin.zhang re-signed with another key")
                .get("/api/organizations").expect(401);
        String liaison = Users.token(Users.liaison("jiajiamei"));
        Api.withToken(Jwts.forgedWith(liaison, "realm_access", Json.read("{\"roles\":[\"city-admin\"]}")),
                "liaison.jiajiamei forged as city-admin").get("/api/organizations?district=yuhu").expect(401);
        Api.withToken(Jwts.forgedWith(real, "iss", TextNode.valueOf("http://localhost:1/realms/gongjian")),
                "admin.zhang with a foreign issuer").get("/api/organizations").expect(401);
    }

    @Test
    void aTokenKeycloakLetExpireIs401() throws Exception {
        KeycloakAdmin.of(PlatformStack.stack()).copyClientWithTokenLifespan("gongjian-cli", "gongjian-e2e-short-lived",
                Duration.ofSeconds(5));
        String token = passwordGrant("gongjian-e2e-short-lived", COMMITTEE);
        Api shortLived = Api.withToken(token, "admin.zhang, token of 5 s");
        shortLived.get("/api/organizations").expect(200);

        Instant expiry = Instant.ofEpochSecond(Jwts.claims(token).path("exp").asLong());
        Eventually.sleep(Duration.between(Instant.now(), expiry).plusSeconds(3));
        shortLived.get("/api/organizations").expect(401);
    }

    @Test
    void theWrongRoleIs403() {
        Seed004.PairingSeed p = Seed004.PAIRINGS.getFirst();
        JsonNode pairing = DemoData.pairingJson(p, World.ORGANIZATIONS, Scenario.today());
        Api.as(Users.liaison("jiajiamei")).post("/api/pairings", pairing).expect(403);
        Api.as(Users.SCREEN).post("/api/organizations",
                DemoData.organizationJson(Seed004.ORGANIZATIONS.getFirst())).expect(403);
        Api.as(Users.liaison("jiajiamei")).get("/api/dashboard/overview").expect(403);
        Api.as(Users.secretary("minsheng")).post("/api/launches", Json.object().put("title", "越权启动")
                .put("heldOn", Scenario.today().toString()).set("pairingIds", Json.array(World.PAIRINGS_BY_LEAD.values())))
                .expect(403);
        Api.as(Users.SCREEN).get("/api/notifications").expect(403);
    }

    @Test
    void anotherDistrictsDataIs404() {
        Api yuhu = Api.as(Users.OTHER_DISTRICT_COMMITTEE);
        yuhu.get("/api/organizations/" + World.org("minsheng")).expect(404);
        yuhu.get("/api/pairings/" + World.pairingLedBy("bangongshi")).expect(404);
        yuhu.get("/api/activities/" + activity("symposium")).expect(404);
        yuhu.get("/api/demands/" + demand()).expect(404);
        yuhu.get("/api/receipts?pairingId=" + World.pairingLedBy("bangongshi")).expect(200, 404);
        assertThat(yuhu.get("/api/organizations?size=200").expect(200).json().path("total").asInt()).isZero();
        yuhu.get("/api/dashboard/overview?district=" + Seed004.DISTRICT).expect(404);
        assertThat(yuhu.get("/api/dashboard/overview").expect(200).json().path("organizations").path("total").asInt())
                .isZero();
    }

    @Test
    void anotherOrganizationsDataIs404() {
        Api jiajiamei = Api.as(Users.liaison("jiajiamei"));
        jiajiamei.get("/api/organizations/" + World.org("jiajiamei")).expect(200);
        jiajiamei.get("/api/organizations/" + World.org("minsheng")).expect(404);
        jiajiamei.get("/api/pairings/" + World.pairingLedBy("jijian")).expect(200);
        jiajiamei.get("/api/pairings/" + World.pairingLedBy("bangongshi")).expect(404);
        jiajiamei.get("/api/activities/" + activity("drug-control-walk")).expect(200);
        jiajiamei.get("/api/activities/" + activity("symposium")).expect(404);
        jiajiamei.get("/api/demands/" + demand()).expect(404);
        assertThat(Json.items(jiajiamei.get("/api/pairings?size=200").expect(200).json()))
                .extracting(n -> n.path("id").asText()).containsExactly(World.pairingLedBy("jijian"));

        String minshengNotice = Scenario.pairingNotices(Users.liaison("minsheng")).getFirst().path("id").asText();
        jiajiamei.post("/api/notifications/" + minshengNotice + "/receipt", null).expect(404);
        Api.as(Users.secretary("jiajiamei")).post("/api/activities/" + activity("symposium") + "/confirmation", null,
                "\"0\"").expect(404);
    }

    private static String activity(String name) {
        String id = World.ACTIVITIES.get(name);
        if (id == null) {
            throw new AssertionError("the district scenario held no activity '" + name + "' (see its failure)");
        }
        return id;
    }

    private static String demand() {
        if (World.demandId == null) {
            throw new AssertionError("the district scenario raised no demand (see its failure)");
        }
        return World.demandId;
    }

    private static String passwordGrant(String clientId, String username) throws Exception {
        String form = "grant_type=password&client_id=" + clientId + "&username=" + username + "&password="
                + URLEncoder.encode(Users.PASSWORD, StandardCharsets.UTF_8) + "&scope=openid";
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(PlatformStack.stack().issuer() + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return Json.read(r.body()).path("access_token").asText();
    }
}
