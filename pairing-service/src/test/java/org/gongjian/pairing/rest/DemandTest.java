package org.gongjian.pairing.rest;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.gongjian.events.Topics;
import org.gongjian.events.demand.DemandRaised;
import org.gongjian.events.demand.DemandResolved;
import org.gongjian.pairing.Fixtures;
import org.gongjian.pairing.domain.Demand;
import org.gongjian.testing.KafkaTopics;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

@QuarkusTest
class DemandTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    private final Fixtures fx = new Fixtures();

    @Test
    void aPartnerRaisesADemandThatTheLeadSideAcceptsAndResolves() {
        UUID[] pair = fx.activePair();
        String id = raise(fx.liaison(pair[2]), pair[0], Map.of("category", "HIRING", "title", "招聘专场对接",
                "detail", "希望协助对接高校毕业生招聘"))
                .statusCode(201).body("status", is("OPEN")).body("raisedBy", is(pair[2].toString()))
                .body("dueOn", is(TODAY.plusDays(15).toString())).body("overdue", is(false))
                .body("history.to", contains("OPEN")).extract().path("id");

        answer(fx.secretary(pair[1]), id, "acceptance", Map.of("note", "已安排人社部门对接")).statusCode(200)
                .body("status", is("ACCEPTED"));
        answer(fx.secretary(pair[1]), id, "resolution", Map.of()).statusCode(400)
                .body("errors.field", hasItem("resolution"));
        answer(fx.secretary(pair[1]), id, "resolution", Map.of("resolution", "6月举办专场招聘会")).statusCode(200)
                .body("status", is("RESOLVED")).body("resolution", is("6月举办专场招聘会"));
        answer(fx.admin(), id, "rejection", Map.of("reason", "too late")).statusCode(409);

        given().header("Authorization", fx.liaison(pair[2])).when().get("/api/demands/" + id).then().statusCode(200)
                .body("history.to", contains("OPEN", "ACCEPTED", "RESOLVED"))
                .body("history.from", contains(null, "OPEN", "ACCEPTED"))
                .body("history[1].note", is("已安排人社部门对接"))
                .body("history[2].actorOrganizationId", is(pair[1].toString()));
        given().header("Authorization", fx.admin()).when().get("/api/pairings/" + pair[0] + "/demands").then()
                .statusCode(200).body("total", is(1)).body("items[0].id", is(id));
        assertThat(KafkaTopics.recordsOfType(Topics.DEMAND, DemandRaised.TYPE, 1, Duration.ofSeconds(20)))
                .anyMatch(record -> record.key().equals(id));
        assertThat(KafkaTopics.recordsOfType(Topics.DEMAND, DemandResolved.TYPE, 1, Duration.ofSeconds(20)))
                .anyMatch(record -> record.key().equals(id));
    }

    @Test
    void onlyThePartnerSideRaisesAndOnlyTheLeadSideAnswers() {
        UUID[] pair = fx.activePair();
        Map<String, Object> body = Map.of("category", "POLICY", "title", "政策咨询");
        raise(fx.secretary(pair[1]), pair[0], body).statusCode(403).body("detail", is("只有结对中的共建方可以提出需求"));
        given().header("Authorization", fx.secretary(pair[1])).header("Accept-Language", "en").contentType(ContentType.JSON)
                .body(body).when().post("/api/pairings/" + pair[0] + "/demands").then()
                .statusCode(403).body("detail", is("Only the partner side of a pairing may raise a demand"));
        raise(fx.admin(), pair[0], body).statusCode(403);
        UUID[] other = fx.activePair();
        raise(fx.secretary(other[2]), pair[0], body).statusCode(404);
        raise(new Fixtures().liaison(pair[2]), pair[0], body).statusCode(404);
        raise(fx.secretary(pair[2]), pair[0], Map.of("title", "无类别")).statusCode(400)
                .body("errors.field", hasItem("category"));
        raise(fx.secretary(pair[2]), pair[0], Map.of("category", "POLICY", "title", "t", "dueOn", "2020-01-01"))
                .statusCode(400).body("errors.field", hasItem("dueOn"));

        String id = raise(fx.secretary(pair[2]), pair[0], body).statusCode(201).extract().path("id");
        answer(fx.secretary(pair[2]), id, "acceptance", null).statusCode(403);
        answer(fx.liaison(pair[1]), id, "acceptance", null).statusCode(403);
        answer(fx.secretary(other[1]), id, "acceptance", null).statusCode(404);
        answer(fx.admin(), id, "rejection", Map.of()).statusCode(400).body("errors.field", hasItem("reason"));
        answer(fx.admin(), id, "rejection", Map.of("reason", "不属于共建范围")).statusCode(200)
                .body("status", is("REJECTED")).body("resolution", is("不属于共建范围"));
        answer(fx.admin(), id, "acceptance", null).statusCode(409);
    }

    @Test
    void demandsAreRaisedOnlyInAnActivePairing() {
        UUID[] pair = fx.proposedPair();
        raise(fx.secretary(pair[2]), pair[0], Map.of("category", "POLICY", "title", "政策咨询")).statusCode(409);
    }

    @Test
    void overdueDemandsAreListed() {
        UUID[] pair = fx.activePair();
        String late = raise(fx.liaison(pair[2]), pair[0], Map.of("category", "PERMITS", "title", "办证协调"))
                .statusCode(201).extract().path("id");
        String onTime = raise(fx.liaison(pair[2]), pair[0], Map.of("category", "FINANCING", "title", "融资对接"))
                .statusCode(201).extract().path("id");
        QuarkusTransaction.requiringNew().run(() -> Demand.update("dueOn = ?1 where id = ?2", TODAY.minusDays(1),
                UUID.fromString(late)));

        given().header("Authorization", fx.admin()).queryParam("overdue", true).when().get("/api/demands").then()
                .statusCode(200).body("total", is(1)).body("items[0].id", is(late)).body("items[0].overdue", is(true));
        given().header("Authorization", fx.admin()).queryParam("status", "OPEN").when().get("/api/demands").then()
                .body("total", is(2));
        given().header("Authorization", fx.secretary(pair[1])).queryParam("overdue", true).when().get("/api/demands")
                .then().body("total", is(1));
        given().header("Authorization", fx.secretary(fx.activePair()[1])).when().get("/api/demands")
                .then().body("total", is(0));
        given().header("Authorization", fx.admin()).when().get("/api/demands/" + onTime).then()
                .body("overdue", is(false));
    }

    private static ValidatableResponse raise(String token, UUID pairingId, Object body) {
        return given().header("Authorization", token).contentType(ContentType.JSON).body(body)
                .when().post("/api/pairings/" + pairingId + "/demands").then();
    }

    private static ValidatableResponse answer(String token, String demandId, String action, Object body) {
        var request = given().header("Authorization", token).contentType(ContentType.JSON);
        if (body != null) {
            request = request.body(body);
        }
        return request.when().post("/api/demands/" + demandId + "/" + action).then();
    }
}
