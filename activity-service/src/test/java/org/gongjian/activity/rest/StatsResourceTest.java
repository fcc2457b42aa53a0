package org.gongjian.activity.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.gongjian.activity.Fixtures;
import org.gongjian.activity.TestClock;
import org.gongjian.events.pairing.CadencePeriod;
import org.gongjian.testing.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;

@QuarkusTest
class StatsResourceTest {

    @Inject
    TestClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void theDistrictOverviewCountsActivitiesByMonthTypeAndStatusWithAttendanceBySideAndOverduePairings() {
        String district = "stats-" + UUID.randomUUID().toString().substring(0, 8);
        Fixtures keeping = Fixtures.activePairing(district, LocalDate.of(2025, 5, 1), 1, CadencePeriod.MONTH);
        Fixtures lagging = Fixtures.activePairing(district, LocalDate.of(2025, 5, 1), 1, CadencePeriod.MONTH);
        clock.set(Instant.parse("2025-07-05T02:00:00Z"));

        keeping.kept("2025-06-01T09:30:00+08:00", "2025-06-01T11:30:00+08:00");
        String cancelled = keeping.scheduled("2025-06-20T09:30:00+08:00", "2025-06-20T11:30:00+08:00");
        given().header("Authorization", keeping.admin()).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(Map.of("reason", "改期")).post("/api/activities/" + cancelled + "/cancellation").then().statusCode(200);
        lagging.scheduled("2025-07-10T09:30:00+08:00", "2025-07-10T11:30:00+08:00");
        // 2025-05-31T16:30Z is 1 June in Shanghai: it counts for June
        keeping.held("2025-05-31T16:30:00Z", "2025-05-31T18:00:00Z");

        given().header("Authorization", keeping.dashboard()).queryParam("from", "2025-06-01").queryParam("to", "2025-07-31")
                .get("/api/activities/stats").then().statusCode(200)
                .body("district", is(district))
                .body("from", is("2025-06-01")).body("to", is("2025-07-31"))
                .body("total", is(4))
                .body("byMonth.month", contains("2025-06", "2025-07"))
                .body("byMonth.count", contains(3, 1))
                .body("byMonth[0].byType.THEMED_PARTY_DAY", is(3)).body("byMonth[0].byType.SYMPOSIUM", is(0))
                .body("byMonth[1].byType.THEMED_PARTY_DAY", is(1))
                .body("byType.THEMED_PARTY_DAY", is(4)).body("byType.SYMPOSIUM", is(0))
                .body("byStatus.HELD", is(2)).body("byStatus.CANCELLED", is(1)).body("byStatus.PLANNED", is(1))
                .body("kept", is(1)).body("awaitingConfirmation", is(1))
                .body("attendance.full", is(64)).body("attendance.probationary", is(10)).body("attendance.others", is(30))
                .body("attendance.bySide.lead.full", is(24)).body("attendance.bySide.lead.probationary", is(4))
                .body("attendance.bySide.lead.others", is(0))
                .body("attendance.bySide.partner.full", is(40)).body("attendance.bySide.partner.probationary", is(6))
                .body("attendance.bySide.partner.others", is(30))
                .body("pairings.compliant", is(1)).body("pairings.overdue", is(1))
                .body("pairings.overdueIds", contains(lagging.pairing.toString()));
    }

    @Test
    void theOverviewIsForTheCommitteeAndDashboardsOfTheirOwnDistrictOnly() {
        Fixtures f = Fixtures.activePairing();
        given().header("Authorization", f.leadSecretary()).get("/api/activities/stats").then().statusCode(403);
        given().header("Authorization", f.admin()).get("/api/activities/stats").then().statusCode(200)
                .body("district", is(f.district)).body("total", is(0));
        given().header("Authorization", Tokens.user("city").roles("city-admin").bearer()).get("/api/activities/stats")
                .then().statusCode(400);
        given().header("Authorization", Tokens.user("city").roles("city-admin").bearer()).queryParam("district", f.district)
                .get("/api/activities/stats").then().statusCode(200).body("district", is(f.district));
        given().header("Authorization", Tokens.user("city").roles("city-admin").district(f.district).bearer())
                .get("/api/activities/stats").then().statusCode(200).body("district", is(f.district));
        given().header("Authorization", f.admin()).queryParam("district", "elsewhere").get("/api/activities/stats")
                .then().statusCode(404);
        given().header("Authorization", f.admin()).queryParam("from", "2025-07-01").queryParam("to", "2025-06-01")
                .get("/api/activities/stats").then().statusCode(400);
        given().header("Authorization", f.admin()).queryParam("from", "June").get("/api/activities/stats").then().statusCode(400);
    }
}
