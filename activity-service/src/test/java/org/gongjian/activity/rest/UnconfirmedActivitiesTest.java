package org.gongjian.activity.rest;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.gongjian.activity.Fixtures;
import org.gongjian.activity.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;

@QuarkusTest
class UnconfirmedActivitiesTest {

    @Inject
    TestClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void aHeldActivityNoPartnerConfirmedWithinSevenDaysIsFlagged() {
        Fixtures f = Fixtures.activePairing();
        Instant recorded = Instant.parse("2025-06-02T02:00:00Z");
        clock.set(recorded);
        String id = f.held("2025-06-01T09:30:00+08:00", "2025-06-01T11:30:00+08:00");

        clock.set(recorded.plus(Duration.ofDays(6)));
        given().header("Authorization", f.admin()).get("/api/activities/" + id).then().body("unconfirmed", is(false));
        given().header("Authorization", f.admin()).queryParam("unconfirmed", true).get("/api/activities")
                .then().body("total", is(0));

        clock.set(recorded.plus(Duration.ofDays(7)).plusSeconds(1));
        given().header("Authorization", f.admin()).get("/api/activities/" + id).then().body("unconfirmed", is(true));
        given().header("Authorization", f.admin()).queryParam("unconfirmed", true).get("/api/activities")
                .then().body("total", is(1)).body("items[0].id", is(id));

        given().header("Authorization", f.partnerSecretary()).header("If-Match", "\"1\"")
                .post("/api/activities/" + id + "/confirmation").then().statusCode(200).body("unconfirmed", is(false));
        given().header("Authorization", f.admin()).queryParam("unconfirmed", true).get("/api/activities")
                .then().body("total", is(0));
    }
}
