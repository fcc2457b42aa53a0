package org.gongjian.pairing.rest;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.gongjian.events.Topics;
import org.gongjian.events.activity.ActivityConfirmed;
import org.gongjian.events.activity.ActivityDisputeResolved;
import org.gongjian.events.activity.ActivityDisputed;
import org.gongjian.events.activity.ActivityHeld;
import org.gongjian.events.activity.ActivitySnapshot;
import org.gongjian.events.activity.ActivityStatus;
import org.gongjian.events.activity.ActivityType;
import org.gongjian.events.activity.DisputeOutcome;
import org.gongjian.events.cadence.CadenceMissed;
import org.gongjian.events.cadence.CadencePeriodSnapshot;
import org.gongjian.events.pairing.PairingEvaluated;
import org.gongjian.pairing.Fixtures;
import org.gongjian.pairing.domain.Organization;
import org.gongjian.testing.KafkaTopics;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class EvaluationTest {

    private final Fixtures fx = new Fixtures();

    @Test
    void theScoreIsMadeOfCadenceConfirmedActivitiesDemandsAndMutualRatings() {
        UUID[] pair = fx.activePair();
        UUID pairing = pair[0];
        UUID foreignMiss = KafkaTopics.publish(missed(pairing, "another-district", LocalDate.of(2025, 5, 1)));
        UUID symposium = UUID.randomUUID();
        KafkaTopics.publish(new ActivityHeld(activity(symposium, pairing, 1, null)));
        KafkaTopics.publish(new ActivityConfirmed(activity(symposium, pairing, 2, pair[2])));
        KafkaTopics.publish(new ActivityHeld(activity(symposium, pairing, 1, null)));
        KafkaTopics.publish(new ActivityHeld(activity(UUID.randomUUID(), pairing, 1, null)));
        for (int month = 2; month <= 4; month++) {
            UUID eventId = UUID.randomUUID();
            KafkaTopics.publish(missed(pairing, fx.district, LocalDate.of(2025, month, 1)), eventId);
            KafkaTopics.publish(missed(pairing, fx.district, LocalDate.of(2025, month, 1)), eventId);
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> count("SELECT count(*) FROM activity_record WHERE pairing_id = :id", pairing) == 2
                && count("SELECT count(*) FROM activity_record WHERE pairing_id = :id AND confirmed", pairing) == 1
                && count("SELECT count(*) FROM cadence_miss WHERE pairing_id = :id", pairing) == 3
                && count("SELECT count(*) FROM processed_event WHERE event_id = :id", foreignMiss) == 1);

        String draft = open(pairing, "2025-01-01", "2025-12-31").body("status", is("DRAFT"))
                .body("leadRating", nullValue()).body("parts[3].weight", is(0.0f)).extract().path("id");
        rate(pairing, draft, fx.secretary(pair[1]), 4).statusCode(200).body("leadRating", is(4));
        rate(pairing, draft, fx.secretary(pair[2]), 4).statusCode(200).body("partnerRating", is(4))
                .body("sideRatings.side", contains("LEAD", "PARTNER"));
        finalizeDraft(pairing, draft).statusCode(200).body("status", is("FINAL"))
                .body("score", is(76.0f)).body("rating", is("GOOD")).body("ratingLabel", is("良好"))
                .body("parts.name", contains("cadence", "confirmedActivities", "demandsOnTime", "mutualRating"))
                .body("parts.weight", contains(0.4f, 0.2f, 0.2f, 0.2f))
                .body("parts.score", contains(75.0f, 50.0f, 100.0f, 80.0f));

        given().header("Authorization", fx.reader()).header("Accept-Language", "en")
                .when().get("/api/pairings/" + pairing + "/evaluations").then().statusCode(200)
                .body("size()", is(1)).body("[0].ratingLabel", is("Good")).body("[0].status", is("FINAL"));
        assertThat(KafkaTopics.recordsOfType(Topics.PAIRING, PairingEvaluated.TYPE, 1, Duration.ofSeconds(20)))
                .anyMatch(record -> record.key().equals(pairing.toString()));
    }

    @Test
    void anActivityWhoseDisputeTheCommitteeUpheldCountsNowhereAndADismissedOneCountsAsConfirmed() {
        UUID[] pair = fx.activePair();
        UUID pairing = pair[0];
        UUID upheld = UUID.randomUUID();
        UUID dismissed = UUID.randomUUID();
        KafkaTopics.publish(new ActivityHeld(activity(upheld, pairing, 1, null)));
        KafkaTopics.publish(new ActivityDisputed(disputed(activity(upheld, pairing, 2, null), pair[2], null)));
        KafkaTopics.publish(new ActivityDisputeResolved(disputed(activity(upheld, pairing, 3, null), pair[2], DisputeOutcome.UPHELD)));
        KafkaTopics.publish(new ActivityDisputeResolved(disputed(activity(dismissed, pairing, 3, null), pair[2], DisputeOutcome.DISMISSED)));
        await().atMost(Duration.ofSeconds(30)).until(() ->
                count("SELECT count(*) FROM activity_record WHERE pairing_id = :id AND status = 'VOID' AND NOT confirmed", pairing) == 1
                && count("SELECT count(*) FROM activity_record WHERE pairing_id = :id AND status = 'HELD' AND confirmed", pairing) == 1);
        assertThat(count("SELECT count(*) FROM activity_record WHERE pairing_id = :id AND status = 'HELD'", pairing)).isEqualTo(1);
    }

    @Test
    void pairingsAreRankedByTheirLatestFinalEvaluationOfTheYearAndDraftsNeverRank() {
        UUID[] weaker = fx.activePair();
        UUID[] stronger = fx.activePair();
        UUID[] onlyDrafted = fx.activePair();
        evaluated(weaker, 2, 3).body("score", is(70.0f)).body("rating", is("FAIR"));
        evaluated(stronger, 5, 5).body("score", is(80.0f));
        evaluated(weaker, 1, 1).body("score", is(64.0f));
        String draft = open(onlyDrafted[0], "2025-01-01", "2025-12-31").extract().path("id");
        rate(onlyDrafted[0], draft, fx.secretary(onlyDrafted[1]), 5).statusCode(200);
        String newerDraft = open(stronger[0], "2025-06-01", "2025-12-31").extract().path("id");
        rate(stronger[0], newerDraft, fx.secretary(stronger[1]), 1).statusCode(200);

        given().header("Authorization", fx.reader()).queryParam("year", 2025).when().get("/api/pairings/rankings")
                .then().statusCode(200).body("district", is(fx.district)).body("year", is(2025))
                .body("items.pairingId", contains(stronger[0].toString(), weaker[0].toString()))
                .body("items.rank", contains(1, 2)).body("items[1].score", is(64.0f));
        given().header("Authorization", fx.reader()).queryParam("year", 2019).when().get("/api/pairings/rankings")
                .then().body("items.size()", is(0));
        given().header("Authorization", fx.admin()).queryParam("status", "DRAFT").when().get("/api/pairings/evaluations")
                .then().statusCode(200).body("total", is(2)).body("items.pairingTitle", hasItem(notNullValue()));
    }

    @Test
    void theCommitteeOpensADraftButNoLongerTypesTheSidesRatings() {
        UUID[] proposed = fx.proposedPair();
        given().header("Authorization", fx.admin()).contentType(ContentType.JSON).body(Map.of())
                .when().post("/api/pairings/" + proposed[0] + "/evaluations").then().statusCode(409);
        UUID[] active = fx.activePair();
        given().header("Authorization", fx.admin()).contentType(ContentType.JSON)
                .body(Map.of("leadRating", 4, "partnerRating", 4))
                .when().post("/api/pairings/" + active[0] + "/evaluations").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("leadRating")).body("errors.field", hasItem("partnerRating"))
                .body("errors[0].message", is("由各方书记评分：POST .../evaluations/{id}/ratings"));
        given().header("Authorization", fx.admin()).header("Accept-Language", "en").contentType(ContentType.JSON)
                .body(Map.of("leadRating", 4)).when().post("/api/pairings/" + active[0] + "/evaluations").then()
                .statusCode(400).body("errors[0].field", is("leadRating"))
                .body("errors[0].message", is("is given by each side's secretary: POST .../evaluations/{id}/ratings"));
        given().header("Authorization", fx.secretary(active[1])).contentType(ContentType.JSON).body(Map.of())
                .when().post("/api/pairings/" + active[0] + "/evaluations").then().statusCode(403);
        given().header("Authorization", new Fixtures().admin()).contentType(ContentType.JSON).body(Map.of())
                .when().post("/api/pairings/" + active[0] + "/evaluations").then().statusCode(404);
        given().header("Authorization", fx.admin()).contentType(ContentType.JSON).body(Map.of())
                .when().post("/api/pairings/" + active[0] + "/evaluations").then().statusCode(201)
                .header("ETag", is("\"0\"")).body("status", is("DRAFT")).body("origin", is("COMMITTEE"));
    }

    @Test
    void onlyAMemberOrganizationsSecretaryRatesOncePerSideAndTheCommitteeFinalizes() {
        UUID[] pair = fx.activePair();
        UUID pairing = pair[0];
        String draft = open(pairing, "2025-01-01", "2025-12-31").extract().path("id");

        rate(pairing, draft, fx.secretary(fx.enterprise("外单位党支部" + UUID.randomUUID().toString().substring(0, 4))), 5)
                .statusCode(404);
        rate(pairing, draft, new Fixtures().secretary(pair[2]), 5).statusCode(404);
        rate(pairing, draft, fx.liaison(pair[2]), 5).statusCode(403);
        rate(pairing, draft, fx.admin(), 5).statusCode(403);
        given().header("Authorization", fx.secretary(pair[2])).contentType(ContentType.JSON)
                .body(Map.of("rating", 6)).header("If-Match", etag(pairing, draft))
                .when().post("/api/pairings/" + pairing + "/evaluations/" + draft + "/ratings").then().statusCode(400)
                .body("errors.field", hasItem("rating"));
        given().header("Authorization", fx.secretary(pair[2])).contentType(ContentType.JSON)
                .body(Map.of("rating", 3)).when().post("/api/pairings/" + pairing + "/evaluations/" + draft + "/ratings")
                .then().statusCode(428);

        String stale = etag(pairing, draft);
        rate(pairing, draft, fx.secretary(pair[2]), 3).statusCode(200).body("partnerRating", is(3));
        given().header("Authorization", fx.secretary(pair[1])).contentType(ContentType.JSON)
                .body(Map.of("rating", 4)).header("If-Match", stale)
                .when().post("/api/pairings/" + pairing + "/evaluations/" + draft + "/ratings").then().statusCode(412);
        rate(pairing, draft, fx.secretary(pair[2]), 5).statusCode(200).body("partnerRating", is(5))
                .body("sideRatings.size()", is(1)).body("sideRatings[0].rating", is(5));
        rate(pairing, draft, fx.secretary(pair[1]), 4).statusCode(200).body("sideRatings.size()", is(2));

        given().header("Authorization", fx.secretary(pair[1])).contentType(ContentType.JSON).body(Map.of())
                .header("If-Match", etag(pairing, draft))
                .when().post("/api/pairings/" + pairing + "/evaluations/" + draft + "/finalization").then().statusCode(403);
        given().header("Authorization", fx.admin()).contentType(ContentType.JSON).body(Map.of())
                .header("If-Match", stale)
                .when().post("/api/pairings/" + pairing + "/evaluations/" + draft + "/finalization").then().statusCode(412);
        finalizeDraft(pairing, draft).statusCode(200).body("status", is("FINAL")).body("finalizedAt", notNullValue());
        finalizeDraft(pairing, draft).statusCode(409);
        rate(pairing, draft, fx.secretary(pair[2]), 1).statusCode(409);
        given().header("Authorization", fx.liaison(pair[2])).when()
                .get("/api/pairings/" + pairing + "/evaluations/" + draft).then().statusCode(200)
                .body("sideRatings.rating", contains(4, 5));
    }

    @Test
    void aSecretarySeesTheDraftsThatWaitForItsRating() {
        UUID[] pair = fx.activePair();
        String draft = open(pair[0], "2025-01-01", "2025-12-31").extract().path("id");
        given().header("Authorization", fx.secretary(pair[2])).queryParam("awaitingMine", true)
                .when().get("/api/pairings/evaluations").then().statusCode(200)
                .body("items.id", contains(draft)).body("items[0].pairingTitle", is("纪检监察党支部与嘉嘉美党支部结对共建"));
        rate(pair[0], draft, fx.secretary(pair[2]), 4).statusCode(200);
        given().header("Authorization", fx.secretary(pair[2])).queryParam("awaitingMine", true)
                .when().get("/api/pairings/evaluations").then().statusCode(200).body("total", is(0));
        given().header("Authorization", fx.secretary(pair[1])).queryParam("awaitingMine", true)
                .when().get("/api/pairings/evaluations").then().statusCode(200).body("items.id", contains(draft));
        given().header("Authorization", fx.admin()).queryParam("status", "SOMETIMES")
                .when().get("/api/pairings/evaluations").then().statusCode(400).body("errors.field", hasItem("status"));
    }

    private io.restassured.response.ValidatableResponse evaluated(UUID[] pair, int lead, int partner) {
        String draft = open(pair[0], "2025-01-01", "2025-12-31").extract().path("id");
        rate(pair[0], draft, fx.secretary(pair[1]), lead).statusCode(200);
        rate(pair[0], draft, fx.secretary(pair[2]), partner).statusCode(200);
        return finalizeDraft(pair[0], draft).statusCode(200);
    }

    private io.restassured.response.ValidatableResponse open(UUID pairing, String from, String to) {
        return given().header("Authorization", fx.admin()).contentType(ContentType.JSON)
                .body(Map.of("periodStart", from, "periodEnd", to))
                .when().post("/api/pairings/" + pairing + "/evaluations").then().statusCode(201);
    }

    private io.restassured.response.ValidatableResponse rate(UUID pairing, String evaluation, String token, int rating) {
        return given().header("Authorization", token).contentType(ContentType.JSON)
                .header("If-Match", etag(pairing, evaluation))
                .body(Map.of("rating", rating, "remarks", "共建扎实，交流深入"))
                .when().post("/api/pairings/" + pairing + "/evaluations/" + evaluation + "/ratings").then();
    }

    private io.restassured.response.ValidatableResponse finalizeDraft(UUID pairing, String evaluation) {
        return given().header("Authorization", fx.admin()).contentType(ContentType.JSON)
                .header("If-Match", etag(pairing, evaluation)).body(Map.of("remarks", "审定"))
                .when().post("/api/pairings/" + pairing + "/evaluations/" + evaluation + "/finalization").then();
    }

    private String etag(UUID pairing, String evaluation) {
        return given().header("Authorization", fx.admin()).when()
                .get("/api/pairings/" + pairing + "/evaluations/" + evaluation).then().statusCode(200)
                .extract().header("ETag");
    }

    private ActivitySnapshot activity(UUID id, UUID pairing, long version, UUID confirmedBy) {
        OffsetDateTime starts = OffsetDateTime.of(2025, 6, 1, 9, 30, 0, 0, ZoneOffset.ofHours(8));
        return new ActivitySnapshot(id, fx.district, pairing, "庆“六一”主题党日", ActivityType.THEMED_PARTY_DAY, starts,
                starts.plusHours(2), "国强社区", List.of(pairing), ActivityStatus.HELD,
                List.of(new ActivitySnapshot.Attendance(pairing, 8, 1, 20)), "为孩子们准备节日礼物", null, null,
                confirmedBy, confirmedBy == null ? null : starts.plusDays(1), version);
    }

    private static ActivitySnapshot disputed(ActivitySnapshot a, UUID partner, DisputeOutcome outcome) {
        OffsetDateTime raised = a.startsAt().plusDays(1);
        ActivitySnapshot.Dispute dispute = new ActivitySnapshot.Dispute(partner, raised, "参加人数不实", outcome,
                outcome == null ? null : raised.plusDays(1), outcome == null ? null : "经核实");
        return new ActivitySnapshot(a.id(), a.district(), a.pairingId(), a.title(), a.type(), a.startsAt(), a.endsAt(),
                a.location(), a.participantIds(), a.status(), a.attendance(), a.summary(), a.outcomes(),
                a.cancellationReason(), null, null, a.version(), null, dispute, outcome == DisputeOutcome.DISMISSED);
    }

    private static CadenceMissed missed(UUID pairing, String district, LocalDate month) {
        return new CadenceMissed(new CadencePeriodSnapshot(pairing, district, List.of(pairing), month,
                month.plusMonths(1), 1, 0, 0));
    }

    private static int count(String sql, UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) Organization.getEntityManager()
                .createNativeQuery(sql).setParameter("id", id).getSingleResult()).intValue());
    }
}
