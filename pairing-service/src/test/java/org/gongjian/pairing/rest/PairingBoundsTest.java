package org.gongjian.pairing.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.gongjian.pairing.Fixtures;
import org.gongjian.rest.Role;
import org.gongjian.testing.Tokens;
import org.junit.jupiter.api.Test;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

/** Input that used to answer 500, pin a core, or be accepted though wrong, answers 400 naming the field. */
@QuarkusTest
class PairingBoundsTest {

    static {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private final Fixtures fx = new Fixtures();

    /**
     * Counted month by month, such a period once kept a core busy for minutes. The bound is loose on purpose: it
     * tells refusing from counting even on a loaded machine, and is no measure of speed.
     */
    @Test
    void anEvaluationOverAHugePeriodIsRefusedBeforeAnyCounting() {
        UUID pairing = fx.activePair()[0];
        Map<String, Object> farEnd = evaluation("2025-01-01", "+999999999-12-31");
        Map<String, Object> centuries = evaluation("1900-01-01", "2200-12-31");
        evaluate(pairing, farEnd).statusCode(400).body("errors[0].field", is("periodEnd"));

        assertThat(fastest(pairing, farEnd)).isLessThan(5_000);
        evaluate(pairing, centuries).statusCode(400).body("errors[0].field", is("periodEnd"));
        assertThat(fastest(pairing, centuries)).isLessThan(5_000);
        evaluate(pairing, evaluation("2025-01-01", "2034-12-31")).statusCode(201);
    }

    @Test
    void aRankingYearOutOfRangeIsRefused() {
        for (String year : new String[] {"-5000", "999999999", "1899", "2201"}) {
            given().header("Authorization", fx.admin()).queryParam("year", year)
                    .when().get("/api/pairings/rankings").then().statusCode(400).body("errors[0].field", is("year"));
        }
        given().header("Authorization", fx.admin()).queryParam("year", 1899)
                .when().get("/api/pairings/rankings").then().statusCode(400).body("errors[0].message", is("须在 1900 到 2200 之间"));
        given().header("Authorization", fx.admin()).header("Accept-Language", "en").queryParam("year", 1899)
                .when().get("/api/pairings/rankings").then().statusCode(400)
                .body("errors[0].message", is("must be between 1900 and 2200"));
        given().header("Authorization", fx.admin()).queryParam("year", 2025)
                .when().get("/api/pairings/rankings").then().statusCode(200);
    }

    @Test
    void controlCharactersHugeArraysAndBadJsonAreRefusedNamingTheField() {
        UUID lead = fx.organ("湘潭界限机关党支部");
        UUID partner = fx.enterprise("湘潭界限企业党支部");
        Map<String, Object> valid = Fixtures.pairingBody("界限结对", "ONE_TO_ONE", lead, partner);

        fx.propose(with(valid, "title", "界限\u0000结对")).statusCode(400).body("errors[0].field", is("title"));
        Map<String, Object> agreement = new HashMap<>((Map<String, Object>) valid.get("agreement"));
        agreement.put("goals", Collections.nCopies(10_000, "共建"));
        fx.propose(with(valid, "agreement", agreement)).statusCode(400).body("errors[0].field", is("agreement.goals"));
        fx.propose(with(valid, "partnerIds", java.util.List.of(partner.toString(), partner.toString())))
                .statusCode(400).body("errors[0].field", is("partnerIds[1]"));
        raw("{\"title\":\"a\",\"title\":\"b\"}").statusCode(400).body("errors[0].field", is("title"));
        raw("{\"title\":\"a\",\"type\":0}").statusCode(400).body("errors[0].field", is("type"));
        raw("{\"title\":\"a\",\"term\":{\"start\":1747353600}}").statusCode(400).body("errors[0].field", is("term.start"));
        raw("{\"title\":\"a\",\"term\":{\"start\":\"2025-05-16T00:00:00Z\"}}").statusCode(400)
                .body("errors[0].field", is("term.start"));
        raw("{\"title\":\"a\",\"term\":{\"start\":\"-5000-01-01\"}}").statusCode(400).body("errors[0].field", is("term.start"));
        given().header("Authorization", fx.admin()).queryParam("page", Integer.MAX_VALUE).queryParam("size", 200)
                .when().get("/api/pairings").then().statusCode(400).body("errors[0].field", is("page"));
        given().header("Authorization", fx.admin()).queryParam("q", "结对\u0000")
                .when().get("/api/pairings").then().statusCode(400).body("errors[0].field", is("q"));
    }

    @Test
    void aDemandWithANulInItsDetailIsRefusedAndLineBreaksAreKept() {
        UUID[] pair = fx.activePair();
        given().header("Authorization", fx.liaison(pair[2])).contentType(ContentType.JSON)
                .body(Map.of("category", "人才", "title", "招聘", "detail", "第一行\u0000"))
                .when().post("/api/pairings/" + pair[0] + "/demands").then().statusCode(400)
                .body("errors[0].field", is("detail"));
        given().header("Authorization", fx.liaison(pair[2])).contentType(ContentType.JSON)
                .body(Map.of("category", "人才", "title", "招聘", "detail", "第一行\n第二行\t缩进"))
                .when().post("/api/pairings/" + pair[0] + "/demands").then().statusCode(201)
                .body("detail", is("第一行\n第二行\t缩进"));
    }

    @Test
    void anAccountWithAVeryLongUsernameIsRecordedAsTheActor() {
        UUID lead = fx.organ("湘潭长名机关党支部");
        UUID partner = fx.enterprise("湘潭长名企业党支部");
        String token = Tokens.user("u".repeat(255)).roles(Role.DISTRICT_ADMIN).district(fx.district).bearer();
        given().header("Authorization", token).contentType(ContentType.JSON)
                .body(Fixtures.pairingBody("长名结对", "ONE_TO_ONE", lead, partner))
                .when().post("/api/pairings").then().statusCode(201);
    }

    private long fastest(UUID pairing, Map<String, Object> body) {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long start = System.nanoTime();
            evaluate(pairing, body).statusCode(400);
            best = Math.min(best, (System.nanoTime() - start) / 1_000_000);
        }
        return best;
    }

    private ValidatableResponse evaluate(UUID pairing, Map<String, Object> body) {
        return given().header("Authorization", fx.admin()).contentType(ContentType.JSON).body(body)
                .when().post("/api/pairings/" + pairing + "/evaluations").then();
    }

    private ValidatableResponse raw(String json) {
        return given().header("Authorization", fx.admin()).contentType(ContentType.JSON).body(json)
                .when().post("/api/pairings").then();
    }

    private static Map<String, Object> evaluation(String start, String end) {
        return Map.of("periodStart", start, "periodEnd", end);
    }

    private static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
        Map<String, Object> copy = new HashMap<>(body);
        copy.put(key, value);
        return copy;
    }
}
