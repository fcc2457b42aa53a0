package org.gongjian.activity.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.gongjian.activity.Fixtures;
import org.gongjian.activity.TestClock;
import org.gongjian.events.EventJson;
import org.gongjian.events.Topics;
import org.gongjian.events.activity.ActivityCorrected;
import org.gongjian.events.activity.ActivityDisputeResolved;
import org.gongjian.events.activity.DisputeOutcome;
import org.gongjian.events.pairing.CadencePeriod;
import org.gongjian.testing.KafkaTopics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

/** Compliance one side cannot fake: confirmation, disputes decided by the committee, corrections with a history. */
@QuarkusTest
class CorrectionsAndDisputesTest {

    private static final String STARTS = "2025-06-10T09:30:00+08:00";
    private static final String ENDS = "2025-06-10T11:30:00+08:00";

    @Inject
    TestClock clock;

    private Fixtures f;

    @BeforeEach
    void julyAfterAMonthlyPairingsJune() {
        f = Fixtures.activePairing("rec-" + UUID.randomUUID().toString().substring(0, 8), LocalDate.of(2025, 5, 1), 1,
                CadencePeriod.MONTH);
        clock.set(Instant.parse("2025-07-05T02:00:00Z"));
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void aPeriodIsCompliantOnlyOnceThePartnerSideConfirmsAndTheOverviewAgrees() {
        String id = f.held(STARTS, ENDS);
        june().body("held", is(1)).body("kept", is(0)).body("awaitingConfirmation", is(1)).body("status", is("MISSED"));
        overview().body("byStatus.HELD", is(1)).body("kept", is(0)).body("awaitingConfirmation", is(1))
                .body("pairings.compliant", is(0)).body("pairings.overdueIds", contains(f.pairing.toString()));
        given().header("Authorization", f.admin()).get("/api/activities/" + id).then()
                .body("kept", is(false)).body("awaitingConfirmation", is(true));

        given().header("Authorization", f.partnerSecretary()).header("If-Match", "\"1\"")
                .post("/api/activities/" + id + "/confirmation").then().statusCode(200)
                .body("kept", is(true)).body("awaitingConfirmation", is(false));

        june().body("held", is(1)).body("kept", is(1)).body("confirmed", is(1)).body("awaitingConfirmation", is(0))
                .body("status", is("OK"));
        overview().body("byStatus.HELD", is(1)).body("kept", is(1)).body("awaitingConfirmation", is(0))
                .body("pairings.compliant", is(1)).body("pairings.overdue", is(0));
    }

    @Test
    void anUpheldDisputeTakesTheActivityOutOfCadenceAndStatistics() {
        String id = f.held(STARTS, ENDS);
        given().header("Authorization", f.partnerSecretary()).header("If-Match", "\"1\"").contentType(ContentType.JSON)
                .body(Map.of("reason", "  ")).post("/api/activities/" + id + "/dispute")
                .then().statusCode(400).body("errors.field", hasItem("reason"));
        given().header("Authorization", f.leadSecretary()).header("If-Match", "\"1\"").contentType(ContentType.JSON)
                .body(Map.of("reason", "自己不能质疑自己")).post("/api/activities/" + id + "/dispute").then().statusCode(403);
        given().header("Authorization", f.partnerSecretary()).header("If-Match", "\"1\"").contentType(ContentType.JSON)
                .body(Map.of("reason", "当天我支部未参加，参加人数不实")).post("/api/activities/" + id + "/dispute")
                .then().statusCode(200).body("dispute.raisedBy", is(f.partner.toString()))
                .body("dispute.reason", is("当天我支部未参加，参加人数不实")).body("dispute.outcome", nullValue())
                .body("kept", is(false)).body("version", is(2));
        june().body("held", is(1)).body("kept", is(0)).body("awaitingConfirmation", is(1)).body("disputed", is(1));
        given().header("Authorization", f.admin()).queryParam("pairingId", f.pairing).queryParam("disputed", "true")
                .get("/api/activities").then().body("items.id", contains(id));
        given().header("Authorization", f.partnerSecretary()).header("If-Match", "\"2\"")
                .post("/api/activities/" + id + "/confirmation").then().statusCode(409);

        Map<String, String> upheld = Map.of("outcome", "UPHELD", "reason", "经核实，活动未按报告开展");
        given().header("Authorization", f.partnerSecretary()).header("If-Match", "\"2\"").contentType(ContentType.JSON)
                .body(upheld).post("/api/activities/" + id + "/dispute/resolution").then().statusCode(403);
        given().header("Authorization", f.admin()).header("If-Match", "\"2\"").contentType(ContentType.JSON)
                .body(Map.of("reason", "经核实")).post("/api/activities/" + id + "/dispute/resolution")
                .then().statusCode(400).body("errors.field", hasItem("outcome"));
        given().header("Authorization", f.admin()).header("If-Match", "\"1\"").contentType(ContentType.JSON)
                .body(upheld).post("/api/activities/" + id + "/dispute/resolution").then().statusCode(412);
        given().header("Authorization", f.admin()).header("If-Match", "\"2\"").contentType(ContentType.JSON)
                .body(upheld).post("/api/activities/" + id + "/dispute/resolution").then().statusCode(200)
                .body("dispute.outcome", is("UPHELD")).body("dispute.resolution", is("经核实，活动未按报告开展"))
                .body("status", is("HELD")).body("kept", is(false)).body("awaitingConfirmation", is(false));

        june().body("held", is(0)).body("kept", is(0)).body("awaitingConfirmation", is(0)).body("disputed", is(0))
                .body("status", is("MISSED"));
        overview().body("total", is(0)).body("byStatus.HELD", is(0)).body("attendance.full", is(0))
                .body("attendance.bySide.partner.others", is(0)).body("pairings.overdue", is(1));
        history(id).body("items.action", contains("SCHEDULED", "HELD", "DISPUTED", "DISPUTE_RESOLVED"))
                .body("items[3].actor", is("admin.zhang")).body("items[3].actorRole", is("district-admin"))
                .body("items[3].reason", is("经核实，活动未按报告开展"))
                .body("items[3].changes.find { it.field == 'dispute' }.before.outcome", nullValue())
                .body("items[3].changes.find { it.field == 'dispute' }.after.outcome", is("UPHELD"))
                .body("items[2].organizationId", is(f.partner.toString()));

        ActivityDisputeResolved event = (ActivityDisputeResolved) EventJson.read(ActivityDisputeResolved.TYPE,
                mine(ActivityDisputeResolved.TYPE, id).getFirst().value());
        assertThat(event.activity().dispute().outcome()).isEqualTo(DisputeOutcome.UPHELD);
        assertThat(event.activity().kept()).isFalse();
        assertThat(event.activity().voided()).isTrue();
    }

    @Test
    void aDismissedDisputeLetsTheActivityStandAndCount() {
        String id = f.held(STARTS, ENDS);
        given().header("Authorization", f.partnerSecretary()).header("If-Match", "\"1\"").contentType(ContentType.JSON)
                .body(Map.of("reason", "人数有出入")).post("/api/activities/" + id + "/dispute").then().statusCode(200);
        given().header("Authorization", f.admin()).header("If-Match", "\"2\"").contentType(ContentType.JSON)
                .body(Map.of("outcome", "DISMISSED", "reason", "签到表与照片可证活动如实开展"))
                .post("/api/activities/" + id + "/dispute/resolution").then().statusCode(200)
                .body("kept", is(true)).body("confirmedBy", nullValue());
        june().body("held", is(1)).body("kept", is(1)).body("status", is("OK"));
        overview().body("kept", is(1)).body("pairings.compliant", is(1));
        given().header("Authorization", f.admin()).header("If-Match", "\"3\"").contentType(ContentType.JSON)
                .body(Map.of("outcome", "UPHELD", "reason", "改判")).post("/api/activities/" + id + "/dispute/resolution")
                .then().statusCode(409);
    }

    @Test
    void theReportingSideCorrectsUntilConfirmationAndTheCommitteeAtAnyTimeWithAReason() {
        String id = f.held(STARTS, ENDS);
        given().header("Authorization", f.partnerSecretary()).header("If-Match", "\"1\"").contentType(ContentType.JSON)
                .body(correction(18, null)).post("/api/activities/" + id + "/corrections").then().statusCode(403);
        given().header("Authorization", f.leadSecretary()).header("If-Match", "\"1\"").contentType(ContentType.JSON)
                .body(correction(18, null)).post("/api/activities/" + id + "/corrections").then().statusCode(200)
                .body("attendance[1].full", is(18)).body("summary", is("开展主题党日活动，重温入党誓词，参观企业车间"))
                .body("version", is(2));
        history(id).body("items[2].action", is("CORRECTED")).body("items[2].actor", is("sec.lead"))
                .body("items[2].organizationId", is(f.lead.toString())).body("items[2].reason", nullValue())
                .body("items[2].changes.field", hasItems("attendance", "summary"))
                .body("items[2].changes.find { it.field == 'attendance' }.before[1].full", is(20))
                .body("items[2].changes.find { it.field == 'attendance' }.after[1].full", is(18))
                .body("items[2].changes.find { it.field == 'summary' }.before", is("开展主题党日活动，重温入党誓词"));
        overview().body("attendance.full", is(30)).body("attendance.bySide.partner.full", is(18))
                .body("attendance.bySide.lead.full", is(12));

        given().header("Authorization", f.partnerSecretary()).header("If-Match", "\"2\"")
                .post("/api/activities/" + id + "/confirmation").then().statusCode(200);
        given().header("Authorization", f.leadSecretary()).header("If-Match", "\"3\"").contentType(ContentType.JSON)
                .body(correction(25, null)).post("/api/activities/" + id + "/corrections").then().statusCode(409);
        given().header("Authorization", f.admin()).header("If-Match", "\"3\"").contentType(ContentType.JSON)
                .body(correction(25, null)).post("/api/activities/" + id + "/corrections")
                .then().statusCode(400).body("errors.field", hasItem("reason"));
        given().header("Authorization", f.admin()).header("If-Match", "\"2\"").contentType(ContentType.JSON)
                .body(correction(25, "按签到表更正")).post("/api/activities/" + id + "/corrections").then().statusCode(412);
        given().header("Authorization", f.admin()).get("/api/activities/" + id).then()
                .body("version", is(3)).body("attendance[1].full", is(18));
        history(id).body("total", is(4));

        given().header("Authorization", f.admin()).header("If-Match", "\"3\"").contentType(ContentType.JSON)
                .body(correction(25, "按签到表更正")).post("/api/activities/" + id + "/corrections").then().statusCode(200)
                .body("attendance[1].full", is(25)).body("kept", is(true)).body("confirmedBy", is(f.partner.toString()));
        history(id).body("items.action", contains("SCHEDULED", "HELD", "CORRECTED", "CONFIRMED", "CORRECTED"))
                .body("items[4].actorRole", is("district-admin")).body("items[4].organizationId", nullValue())
                .body("items[4].reason", is("按签到表更正"))
                .body("items[4].changes.field", contains("attendance"));
        overview().body("attendance.bySide.partner.full", is(25));
        assertThat(mine(ActivityCorrected.TYPE, id)).hasSize(2);

        given().header("Authorization", f.dashboard()).get("/api/activities/" + id + "/history").then().statusCode(403);
        given().header("Authorization", f.outsiderSecretary()).get("/api/activities/" + id + "/history").then().statusCode(404);
        given().header("Authorization", f.partnerContact()).get("/api/activities/" + id + "/history").then().statusCode(200);
    }

    private Map<String, Object> correction(int partnerFull, String reason) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("attendance", List.of(
                        Map.of("organizationId", f.lead.toString(), "full", 12, "probationary", 2, "others", 0),
                        Map.of("organizationId", f.partner.toString(), "full", partnerFull, "probationary", 3, "others", 15)),
                "summary", "开展主题党日活动，重温入党誓词，参观企业车间", "outcomes", "签订共建协议"));
        if (reason != null) {
            body.put("reason", reason);
        }
        return body;
    }

    private io.restassured.response.ValidatableResponse june() {
        return given().header("Authorization", f.admin()).queryParam("pairingId", f.pairing).queryParam("period", "2025-06")
                .get("/api/cadence").then().statusCode(200).rootPath("items[0]");
    }

    private io.restassured.response.ValidatableResponse overview() {
        return given().header("Authorization", f.dashboard()).queryParam("from", "2025-06-01").queryParam("to", "2025-06-30")
                .get("/api/activities/stats").then().statusCode(200);
    }

    private io.restassured.response.ValidatableResponse history(String id) {
        return given().header("Authorization", f.leadSecretary()).get("/api/activities/" + id + "/history").then().statusCode(200);
    }

    private static List<ConsumerRecord<String, String>> mine(String type, String id) {
        return KafkaTopics.recordsOfType(Topics.ACTIVITY, type, 1, Duration.ofSeconds(20)).stream()
                .filter(r -> id.equals(r.key())).toList();
    }
}
