package org.gongjian.pairing.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.gongjian.events.organization.Sector;
import org.gongjian.events.pairing.PairingProposed;
import org.gongjian.events.pairing.PairingUpdated;
import org.gongjian.events.Topics;
import org.gongjian.pairing.Fixtures;
import org.gongjian.testing.KafkaTopics;
import org.gongjian.testing.Tokens;
import org.gongjian.rest.Role;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.gongjian.pairing.Fixtures.pairingBody;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class PairingResourceTest {

    private final Fixtures fx = new Fixtures();

    @Test
    void proposingAPairingKeepsItProposedAndPublishesIt() {
        UUID lead = fx.organ("湘潭高新区创业中心机关支部");
        UUID[] partners = fx.register(Sector.NON_PUBLIC_ENTERPRISE, "永飞党支部", "恒创党支部", "千寻党支部");
        String id = fx.propose(pairingBody("创业中心机关支部与永飞等党支部结对共建", "ONE_TO_MANY", lead, partners))
                .statusCode(201)
                .header("ETag", "\"0\"")
                .header("Location", containsString("/api/pairings/"))
                .body("status", is("PROPOSED"))
                .body("district", is(fx.district))
                .body("plaqueNo", nullValue())
                .body("partnerIds", contains(partners[0].toString(), partners[1].toString(), partners[2].toString()))
                .body("agreement.cadence.period", is("MONTH"))
                .body("term.end", is("2027-05-15"))
                .extract().path("id");

        given().header("Authorization", fx.admin()).when().get("/api/pairings/" + id)
                .then().statusCode(200).header("ETag", "\"0\"").body("title", is("创业中心机关支部与永飞等党支部结对共建"));
        assertThat(KafkaTopics.recordsOfType(Topics.PAIRING, PairingProposed.TYPE, 1, Duration.ofSeconds(20)))
                .anyMatch(record -> record.key().equals(id));
    }

    @Test
    void aProposalNamesTheFieldItBreaks() {
        UUID organ = fx.organ("湘潭高新区办公室党支部");
        UUID otherOrgan = fx.organ("湘潭高新区科技创新局党支部");
        UUID enterprise = fx.enterprise("重药控股湖南民生药业党支部");
        UUID second = fx.enterprise("崇德科技党支部");

        refused(without(pairingBody("t", "ONE_TO_ONE", organ, enterprise), "title"), 400, "title");
        refused(with(pairingBody("t", "ONE_TO_ONE", organ, enterprise), "type", "MANY_TO_MANY"), 400, "type");
        refused(pairingBody("t", "ONE_TO_ONE", organ, enterprise, second), 400, "partnerIds");
        refused(pairingBody("t", "ONE_TO_MANY", organ, enterprise, enterprise), 400, "partnerIds[1]");
        refused(pairingBody("t", "ONE_TO_ONE", organ, organ), 400, "partnerIds[0]");
        refused(pairingBody("t", "ONE_TO_ONE", enterprise, second), 400, "leadId");
        refused(pairingBody("t", "ONE_TO_MANY", organ, enterprise, otherOrgan), 400, "partnerIds[1]");
        refused(pairingBody("t", "ONE_TO_ONE", organ, UUID.randomUUID()), 400, "partnerIds[0]");
        refused(with(pairingBody("t", "ONE_TO_ONE", organ, enterprise), "term",
                Map.of("start", "2025-05-16", "end", "2025-05-16")), 400, "term.end");
        refused(with(pairingBody("t", "ONE_TO_ONE", organ, enterprise), "agreement",
                Map.of("cadence", Map.of("count", 0, "period", "MONTH"))), 400, "agreement.cadence.count");
        refused(with(pairingBody("t", "ONE_TO_ONE", organ, enterprise), "agreement",
                Map.of("cadence", Map.of("count", 1, "period", "WEEK"))), 400, "agreement.cadence.period");
    }

    @Test
    void membersMustBeActiveOrganizationsOfTheCallersDistrict() {
        UUID organ = fx.organ("湘潭高新区建设局党支部");
        UUID dissolved = fx.enterprise("健车汽车服务党支部");
        fx.dissolve(dissolved, "健车汽车服务党支部", Sector.NON_PUBLIC_ENTERPRISE, 2);
        Fixtures elsewhere = new Fixtures();
        UUID foreign = elsewhere.enterprise("万达商圈党支部");
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                refused(pairingBody("t", "ONE_TO_ONE", organ, dissolved), 400, "partnerIds[0]"));
        refused(pairingBody("t", "ONE_TO_ONE", organ, foreign), 400, "partnerIds[0]");
    }

    @Test
    void aSecondOpenPairingOfTheSameMembersIsAConflict() {
        UUID[] pair = fx.proposedPair();
        fx.propose(pairingBody("again", "ONE_TO_ONE", pair[1], pair[2])).statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void onlyTheCommitteeOrTheLeadSideMayPropose() {
        UUID organ = fx.organ("湘潭高新区财政局党支部");
        UUID enterprise = fx.enterprise("力合党支部");
        Map<String, Object> body = pairingBody("财政局党支部与力合党支部结对共建", "ONE_TO_ONE", organ, enterprise);
        given().header("Authorization", fx.liaison(enterprise)).contentType(ContentType.JSON).body(body)
                .when().post("/api/pairings").then().statusCode(403);
        given().header("Authorization", fx.secretary(enterprise)).contentType(ContentType.JSON).body(body)
                .when().post("/api/pairings").then().statusCode(403);
        given().header("Authorization", fx.secretary(organ)).contentType(ContentType.JSON).body(body)
                .when().post("/api/pairings").then().statusCode(201).body("status", is("PROPOSED"));
    }

    @Test
    void editingAProposedPairingNeedsTheCurrentVersion() {
        UUID[] pair = fx.proposedPair();
        UUID another = fx.enterprise("东方金谷党总支");
        Map<String, Object> edit = pairingBody("纪检监察党支部结对共建（修订）", "ONE_TO_MANY", pair[1], pair[2], another);
        given().header("Authorization", fx.admin()).contentType(ContentType.JSON).body(edit)
                .when().put("/api/pairings/" + pair[0]).then().statusCode(428);
        given().header("Authorization", fx.admin()).header("If-Match", "\"7\"").contentType(ContentType.JSON).body(edit)
                .when().put("/api/pairings/" + pair[0]).then().statusCode(412);
        given().header("Authorization", fx.admin()).header("If-Match", "\"0\"").contentType(ContentType.JSON).body(edit)
                .when().put("/api/pairings/" + pair[0]).then().statusCode(200).header("ETag", "\"1\"")
                .body("type", is("ONE_TO_MANY")).body("partnerIds.size()", is(2));
        assertThat(KafkaTopics.recordsOfType(Topics.PAIRING, PairingUpdated.TYPE, 1, Duration.ofSeconds(20)))
                .anyMatch(record -> record.key().equals(pair[0].toString()));

        given().header("Authorization", fx.admin()).when().post("/api/pairings/" + pair[0] + "/approval")
                .then().statusCode(200);
        given().header("Authorization", fx.admin()).header("If-Match", "\"2\"").contentType(ContentType.JSON).body(edit)
                .when().put("/api/pairings/" + pair[0]).then().statusCode(409);
    }

    @Test
    void secretariesSeeOnlyThePairingsTheirOrganizationIsIn() {
        UUID[] mine = fx.proposedPair();
        UUID[] other = fx.proposedPair();
        given().header("Authorization", fx.liaison(mine[2])).when().get("/api/pairings")
                .then().statusCode(200).body("total", is(1)).body("items[0].id", is(mine[0].toString()));
        given().header("Authorization", fx.secretary(mine[1])).when().get("/api/pairings/" + mine[0])
                .then().statusCode(200);
        given().header("Authorization", fx.secretary(mine[1])).when().get("/api/pairings/" + other[0])
                .then().statusCode(404).contentType("application/problem+json");
        given().header("Authorization", fx.reader()).when().get("/api/pairings")
                .then().statusCode(200).body("total", is(2));
    }

    @Test
    void theMembersOfAPairingAreNamedToThoseWhoShareItAndToNoOneElse() {
        UUID lead = fx.organ("湘潭高新区人社局党支部");
        UUID partner = fx.enterprise("湘潭电机股份党支部");
        UUID outsider = fx.enterprise("楚天科技党支部");
        String id = fx.propose(pairingBody("人社局党支部与湘潭电机结对共建", "ONE_TO_ONE", lead, partner))
                .statusCode(201)
                .body("members.id", contains(lead.toString(), partner.toString()))
                .body("members.name", contains("湘潭高新区人社局党支部", "湘潭电机股份党支部"))
                .extract().path("id");

        for (String sharer : new String[] {fx.secretary(lead), fx.secretary(partner), fx.liaison(partner)}) {
            given().header("Authorization", sharer).when().get("/api/pairings/" + id)
                    .then().statusCode(200)
                    .body("members.name", contains("湘潭高新区人社局党支部", "湘潭电机股份党支部"))
                    .body("members.sector", contains("ORGAN", "NON_PUBLIC_ENTERPRISE"));
            given().header("Authorization", sharer).when().get("/api/pairings")
                    .then().statusCode(200).body("items.find { it.id == '" + id + "' }.members[1].name", is("湘潭电机股份党支部"));
        }

        for (String stranger : new String[] {fx.secretary(outsider), fx.liaison(outsider)}) {
            given().header("Authorization", stranger).when().get("/api/pairings/" + id)
                    .then().statusCode(404).body(org.hamcrest.Matchers.not(containsString("湘潭电机")));
            given().header("Authorization", stranger).when().get("/api/pairings")
                    .then().statusCode(200).body("total", is(0))
                    .body(org.hamcrest.Matchers.not(containsString("人社局")));
        }
    }

    @Test
    void anotherDistrictsPairingIsNotFound() {
        UUID[] pair = fx.proposedPair();
        Fixtures elsewhere = new Fixtures();
        given().header("Authorization", elsewhere.admin()).when().get("/api/pairings/" + pair[0]).then().statusCode(404);
        given().header("Authorization", elsewhere.admin()).when().post("/api/pairings/" + pair[0] + "/approval")
                .then().statusCode(404);
        String city = Tokens.user("city.li").roles(Role.CITY_ADMIN).bearer();
        given().header("Authorization", city).when().get("/api/pairings/" + pair[0]).then().statusCode(200);
        given().header("Authorization", city).when().get("/api/pairings").then().statusCode(400)
                .body("errors.field", hasItem("district"));
        given().header("Authorization", city).queryParam("district", fx.district).when().get("/api/pairings")
                .then().statusCode(200).body("total", is(1));
        String cityWithDistrict = Tokens.user("city.wang").roles(Role.CITY_ADMIN).district(fx.district).bearer();
        given().header("Authorization", cityWithDistrict).when().get("/api/pairings").then().statusCode(200)
                .body("total", is(1));
        given().header("Authorization", fx.admin()).queryParam("district", "elsewhere").when().get("/api/pairings")
                .then().statusCode(404);
    }

    @Test
    void listsFilterByStatusTypeMemberAndTitle() {
        UUID[] first = fx.activePair();
        UUID lead = fx.organ("湘潭高新区综合协调服务中心党支部");
        UUID[] members = fx.register(Sector.NON_PUBLIC_ENTERPRISE, "迅达党委", "东方金谷党总支");
        fx.propose(pairingBody("三联三建党建联盟", "ALLIANCE", lead, members)).statusCode(201);

        given().header("Authorization", fx.admin()).queryParam("status", "ACTIVE").when().get("/api/pairings")
                .then().statusCode(200).body("total", is(1)).body("items[0].id", is(first[0].toString()));
        given().header("Authorization", fx.admin()).queryParam("type", "ALLIANCE").when().get("/api/pairings")
                .then().body("total", is(1)).body("items[0].title", is("三联三建党建联盟"));
        given().header("Authorization", fx.admin()).queryParam("organizationId", members[1].toString())
                .when().get("/api/pairings").then().body("total", is(1));
        given().header("Authorization", fx.admin()).queryParam("q", "党建联盟").when().get("/api/pairings")
                .then().body("total", is(1));
        given().header("Authorization", fx.admin()).queryParam("sort", "title,asc").queryParam("size", 1)
                .when().get("/api/pairings").then().body("total", is(2)).body("size", is(1))
                .body("items.size()", is(1));
        given().header("Authorization", fx.admin()).queryParam("sort", "secret,asc").when().get("/api/pairings")
                .then().statusCode(400).body("errors.field", hasItem("sort"));
        given().header("Authorization", fx.admin()).queryParam("status", "SLEEPING").when().get("/api/pairings")
                .then().statusCode(400);
    }

    @Test
    void anInvalidTokenIsRefused() {
        given().header("Authorization", Tokens.user("x").roles(Role.DISTRICT_ADMIN).district(fx.district).forged().bearer())
                .when().get("/api/pairings").then().statusCode(401);
        given().when().get("/api/pairings").then().statusCode(401);
        given().header("Authorization", fx.admin()).when().get("/api/pairings/" + UUID.randomUUID())
                .then().statusCode(404).body("title", notNullValue());
    }

    private void refused(Object body, int status, String field) {
        fx.propose(body).statusCode(status).contentType("application/problem+json").body("errors.field", hasItem(field));
    }

    private static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
        Map<String, Object> copy = new HashMap<>(body);
        copy.put(key, value);
        return copy;
    }

    private static Map<String, Object> without(Map<String, Object> body, String key) {
        Map<String, Object> copy = new HashMap<>(body);
        copy.remove(key);
        return copy;
    }
}
