package org.gongjian.activity.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.gongjian.activity.Fixtures;
import org.gongjian.events.CloudEventAttributes;
import org.gongjian.events.Topics;
import org.gongjian.events.activity.ActivityConfirmed;
import org.gongjian.events.activity.ActivityHeld;
import org.gongjian.events.activity.ActivityScheduled;
import org.gongjian.events.pairing.PairingStatus;
import org.gongjian.events.pairing.PairingSuspended;
import org.gongjian.testing.KafkaTopics;
import org.gongjian.testing.Tokens;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class ActivityResourceTest {

    private static final String STARTS = "2025-06-01T09:30:00+08:00";
    private static final String ENDS = "2025-06-01T11:30:00+08:00";

    @Test
    void aMemberSecretarySchedulesAnActivityWithEveryMemberTakingPartAndTheOffsetKept() {
        Fixtures f = Fixtures.activePairing();
        String id = f.schedule(STARTS, ENDS).statusCode(201)
                .header("ETag", "\"0\"")
                .body("status", is("PLANNED"))
                .body("startsAt", is(STARTS))
                .body("district", is(f.district))
                .body("participantIds", contains(f.lead.toString(), f.partner.toString()))
                .extract().path("id");

        given().header("Authorization", f.partnerContact()).get("/api/activities/" + id)
                .then().statusCode(200).body("title", is("庆\"六一\"主题党日")).body("location", is("湘潭高新区党群服务中心, 三楼"));
        var published = KafkaTopics.recordsOfType(Topics.ACTIVITY, ActivityScheduled.TYPE, 1, Duration.ofSeconds(20)).stream()
                .filter(r -> id.equals(r.key())).toList();
        assertThat(published).hasSize(1);
        assertThat(KafkaTopics.header(published.get(0), CloudEventAttributes.HEADER_DISTRICT)).isEqualTo(f.district);
    }

    @Test
    void schedulingIsRefusedForBadTimesOutsidersAndPairingsThatAreNotActive() {
        Fixtures f = Fixtures.activePairing();
        f.schedule(ENDS, STARTS).statusCode(400).body("errors.field", hasItem("endsAt"));
        given().header("Authorization", f.leadSecretary()).contentType(ContentType.JSON)
                .body(Map.of("pairingId", f.pairing.toString(), "type", "SYMPOSIUM", "startsAt", STARTS, "endsAt", ENDS))
                .post("/api/activities").then().statusCode(400).body("errors.field", hasItem("title"));
        given().header("Authorization", f.leadSecretary()).contentType(ContentType.JSON)
                .body(Map.of("pairingId", f.pairing.toString(), "title", "x", "type", "PICNIC", "startsAt", STARTS, "endsAt", ENDS))
                .post("/api/activities").then().statusCode(400);
        given().header("Authorization", f.leadSecretary()).contentType(ContentType.JSON)
                .body(Map.of("pairingId", f.pairing.toString(), "title", "座谈", "type", "SYMPOSIUM", "startsAt", STARTS,
                        "endsAt", ENDS, "participantIds", List.of(UUID.randomUUID().toString())))
                .post("/api/activities").then().statusCode(400).body("errors.field", hasItem("participantIds[0]"));
        given().header("Authorization", f.outsiderSecretary()).contentType(ContentType.JSON)
                .body(f.activity(STARTS, ENDS)).post("/api/activities").then().statusCode(404);
        given().header("Authorization", f.partnerContact()).contentType(ContentType.JSON)
                .body(f.activity(STARTS, ENDS)).post("/api/activities").then().statusCode(403);
        given().header("Authorization", Tokens.user("admin.li").roles("district-admin").district("other-district").bearer())
                .contentType(ContentType.JSON).body(f.activity(STARTS, ENDS)).post("/api/activities").then().statusCode(404);

        f.publish(PairingSuspended::new, PairingStatus.SUSPENDED, 3);
        f.awaitPairing(PairingStatus.SUSPENDED);
        f.schedule(STARTS, ENDS).statusCode(409);
    }

    @Test
    void aRefusedScheduleIsExplainedInTheCallersLanguage() {
        Fixtures f = Fixtures.activePairing();
        f.schedule(ENDS, STARTS).statusCode(400)
                .body("errors[0].field", is("endsAt"))
                .body("errors[0].message", is("必须晚于开始时间 startsAt"))
                .body("detail", is("endsAt: 必须晚于开始时间 startsAt"));
        given().header("Authorization", f.leadSecretary()).header("Accept-Language", "en").contentType(ContentType.JSON)
                .body(f.activity(ENDS, STARTS)).post("/api/activities").then().statusCode(400)
                .body("title", is("Invalid request"))
                .body("errors[0].field", is("endsAt"))
                .body("errors[0].message", is("must be after startsAt"))
                .body("detail", is("endsAt: must be after startsAt"));

        f.publish(PairingSuspended::new, PairingStatus.SUSPENDED, 3);
        f.awaitPairing(PairingStatus.SUSPENDED);
        f.schedule(STARTS, ENDS).statusCode(409)
                .body("type", is("https://gongjian.org/problems/conflict"))
                .body("detail", is("该结对已暂停，只有进行中的结对可以安排活动"));
        given().header("Authorization", f.leadSecretary()).header("Accept-Language", "en").contentType(ContentType.JSON)
                .body(f.activity(STARTS, ENDS)).post("/api/activities").then().statusCode(409)
                .body("detail", is("The pairing is suspended; activities are scheduled only for an active pairing"));
    }

    @Test
    void theCommitteeReschedulesAPlannedActivityWithTheCurrentVersionOnly() {
        Fixtures f = Fixtures.activePairing();
        String id = f.scheduled(STARTS, ENDS);
        Map<String, Object> change = Map.of("title", "座谈交流会", "type", "SYMPOSIUM", "startsAt", "2025-06-02T14:00:00+08:00",
                "endsAt", "2025-06-02T16:00:00+08:00", "location", "华菱线缆会议室");
        given().header("Authorization", f.admin()).contentType(ContentType.JSON).body(change)
                .put("/api/activities/" + id).then().statusCode(428);
        given().header("Authorization", f.admin()).header("If-Match", "\"7\"").contentType(ContentType.JSON).body(change)
                .put("/api/activities/" + id).then().statusCode(412);
        given().header("Authorization", f.partnerContact()).header("If-Match", "\"0\"").contentType(ContentType.JSON).body(change)
                .put("/api/activities/" + id).then().statusCode(403);
        given().header("Authorization", f.admin()).header("If-Match", "\"0\"").contentType(ContentType.JSON).body(change)
                .put("/api/activities/" + id).then().statusCode(200)
                .header("ETag", "\"1\"").body("type", is("SYMPOSIUM")).body("startsAt", is("2025-06-02T14:00:00+08:00"));
    }

    @Test
    void aCancelledActivityNeedsAReasonAndCannotChangeAgain() {
        Fixtures f = Fixtures.activePairing();
        String id = f.scheduled(STARTS, ENDS);
        given().header("Authorization", f.partnerSecretary()).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(Map.of("reason", " ")).post("/api/activities/" + id + "/cancellation")
                .then().statusCode(400).body("errors.field", hasItem("reason"));
        given().header("Authorization", f.partnerSecretary()).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(Map.of("reason", "防汛值班，改期举行")).post("/api/activities/" + id + "/cancellation")
                .then().statusCode(200).body("status", is("CANCELLED")).body("cancellationReason", is("防汛值班，改期举行"));
        given().header("Authorization", f.leadSecretary()).header("If-Match", "\"1\"").contentType(ContentType.JSON)
                .body(f.completion()).post("/api/activities/" + id + "/completion").then().statusCode(409);
    }

    @Test
    void anActivityIsHeldWithAttendanceAndThePartnerSideConfirmsIt() {
        Fixtures f = Fixtures.activePairing();
        String id = f.scheduled(STARTS, ENDS);
        given().header("Authorization", f.leadSecretary()).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(f.completion()).post("/api/activities/" + id + "/completion")
                .then().statusCode(200).body("status", is("HELD")).body("completedBy", is(f.lead.toString()))
                .body("attendance[1].others", is(15)).body("confirmedBy", nullValue()).body("unconfirmed", is(false));

        given().header("Authorization", f.leadSecretary()).header("If-Match", "\"1\"")
                .post("/api/activities/" + id + "/confirmation").then().statusCode(403);
        given().header("Authorization", f.admin()).header("If-Match", "\"1\"")
                .post("/api/activities/" + id + "/confirmation").then().statusCode(403);
        given().header("Authorization", f.partnerSecretary()).header("If-Match", "\"1\"")
                .post("/api/activities/" + id + "/confirmation").then().statusCode(200)
                .body("confirmedBy", is(f.partner.toString())).body("version", is(2));
        given().header("Authorization", f.partnerSecretary()).header("If-Match", "\"2\"")
                .post("/api/activities/" + id + "/confirmation").then().statusCode(409);

        assertThat(KafkaTopics.recordsOfType(Topics.ACTIVITY, ActivityHeld.TYPE, 1, Duration.ofSeconds(20)))
                .filteredOn(r -> id.equals(r.key())).hasSize(1);
        assertThat(KafkaTopics.recordsOfType(Topics.ACTIVITY, ActivityConfirmed.TYPE, 1, Duration.ofSeconds(20)))
                .filteredOn(r -> id.equals(r.key())).hasSize(1);
    }

    @Test
    void completionIsRefusedBeforeTheStartAndForAttendanceOfOrganizationsNotTakingPart() {
        Fixtures f = Fixtures.activePairing();
        String future = f.scheduled("2030-06-01T09:30:00+08:00", "2030-06-01T11:30:00+08:00");
        given().header("Authorization", f.leadSecretary()).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(f.completion()).post("/api/activities/" + future + "/completion").then().statusCode(409);

        String past = f.scheduled(STARTS, ENDS);
        given().header("Authorization", f.leadSecretary()).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(Map.of("summary", "ok", "attendance", List.of(Map.of("organizationId", UUID.randomUUID().toString(),
                        "full", 1, "probationary", 0, "others", 0))))
                .post("/api/activities/" + past + "/completion")
                .then().statusCode(400).body("errors.field", hasItem("attendance[0].organizationId"));
        given().header("Authorization", f.leadSecretary()).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(Map.of("summary", "ok", "attendance", List.of(Map.of("organizationId", f.lead.toString(),
                        "full", -1, "probationary", 0, "others", 0))))
                .post("/api/activities/" + past + "/completion").then().statusCode(400);
    }

    @Test
    void listsFilterByPairingOrganizationTypeStatusAndDatesWithinTheCallersScope() {
        Fixtures f = Fixtures.activePairing();
        String held = f.held(STARTS, ENDS);
        String planned = f.scheduled("2025-07-10T09:00:00+08:00", "2025-07-10T10:00:00+08:00");

        given().header("Authorization", f.admin()).queryParam("status", "HELD").get("/api/activities")
                .then().statusCode(200).body("total", is(1)).body("items[0].id", is(held));
        given().header("Authorization", f.partnerContact()).queryParam("organizationId", f.partner)
                .queryParam("from", "2025-07-01").queryParam("to", "2025-07-31").get("/api/activities")
                .then().statusCode(200).body("total", is(1)).body("items[0].id", is(planned));
        given().header("Authorization", f.dashboard()).queryParam("pairingId", f.pairing).queryParam("sort", "startsAt,asc")
                .get("/api/activities").then().statusCode(200).body("items.id", contains(held, planned));
        given().header("Authorization", f.outsiderSecretary()).get("/api/activities")
                .then().statusCode(200).body("total", is(0));
        given().header("Authorization", f.outsiderSecretary()).get("/api/activities/" + held).then().statusCode(404);
        given().header("Authorization", f.admin()).queryParam("sort", "secret,asc").get("/api/activities")
                .then().statusCode(400).body("errors.field", hasItem("sort"));
        given().header("Authorization", f.admin()).queryParam("type", "PICNIC").get("/api/activities").then().statusCode(400);
        given().get("/api/activities").then().statusCode(401);
        given().header("Authorization", f.leadSecretary()).get("/api/pairings/" + f.pairing + "/timeline")
                .then().statusCode(200).body("items.id", contains(held, planned));
        given().header("Authorization", f.outsiderSecretary()).get("/api/pairings/" + f.pairing + "/timeline")
                .then().statusCode(404);
    }
}
