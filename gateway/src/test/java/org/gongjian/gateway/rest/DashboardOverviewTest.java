package org.gongjian.gateway.rest;

import io.quarkus.test.junit.QuarkusTest;
import org.gongjian.gateway.support.FakeServices;
import org.gongjian.rest.Role;
import org.gongjian.testing.Tokens;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class DashboardOverviewTest {

    private static final String OVERVIEW = "/api/dashboard/overview";

    @Test
    void combinesTheFourServicesAnswersForTheCallersDistrict() {
        String token = Tokens.user("admin.overview").roles(Role.DISTRICT_ADMIN).district("xiangtan-htz").bearer();
        given().header("Authorization", token)
                .when().get(OVERVIEW)
                .then().statusCode(200)
                .body("district", is("xiangtan-htz"))
                .body("generatedAt", notNullValue())
                .body("organizations.total", is(21))
                .body("coverage.twoNewPaired", is(12))
                .body("coverage.twoNewTotal", is(12))
                .body("coverage.pairingsByStatus.ACTIVE", is(8))
                .body("activities.byType.SYMPOSIUM", is(1))
                .body("activities.attendance.full", is(58))
                .body("activities.pairings.overdue", is(1))
                .body("receipts.pending", is(3))
                .body("unavailable", empty());

        for (var read : new String[][] {{"registry-service", "/api/organizations/stats"}, {"pairing-service", "/api/pairings/coverage"},
                {"activity-service", "/api/activities/stats"}, {"notification-service", "/api/receipts/summary"}}) {
            assertThat(FakeServices.lastReceived(read[0], read[1]).header("Authorization")).as(read[0]).contains(token);
        }
    }

    @Test
    void passesThePeriodToTheActivityStatistics() {
        given().header("Authorization", Tokens.user("reader.period").roles(Role.DASHBOARD_READER).district("xiangtan-htz").bearer())
                .queryParam("from", "2025-06-01").queryParam("to", "2025-06-30")
                .when().get(OVERVIEW)
                .then().statusCode(200)
                .body("activities.from", is("2025-06-01"))
                .body("activities.to", is("2025-06-30"));
    }

    @Test
    void aCityAdministratorNamesTheDistrict() {
        String token = Tokens.user("city.overview").roles(Role.CITY_ADMIN).bearer();
        given().header("Authorization", token).queryParam("district", "yuhu")
                .when().get(OVERVIEW)
                .then().statusCode(200)
                .body("district", is("yuhu"))
                .body("organizations.district", is("yuhu"))
                .body("receipts.district", is("yuhu"));
        assertThat(FakeServices.lastReceived("registry-service", "/api/organizations/stats").query()).isEqualTo("district=yuhu");

        given().header("Authorization", token)
                .when().get(OVERVIEW)
                .then().statusCode(400)
                .body("errors[0].field", is("district"));
    }

    @Test
    void aCityAdministratorWithADistrictOfItsOwnReadsItWhenItNamesNone() {
        given().header("Authorization", Tokens.user("city.own").roles(Role.CITY_ADMIN).district("yuhu").bearer())
                .when().get(OVERVIEW)
                .then().statusCode(200)
                .body("district", is("yuhu"));
    }

    @Test
    void anotherDistrictIsNotFoundForADistrictAdministrator() {
        given().header("Authorization", Tokens.user("admin.scope").roles(Role.DISTRICT_ADMIN).district("xiangtan-htz").bearer())
                .queryParam("district", "yuhu")
                .when().get(OVERVIEW)
                .then().statusCode(404);
    }

    @Test
    void aBranchSecretaryMayNotReadTheOverview() {
        given().header("Authorization", Tokens.user("secretary.overview").roles(Role.BRANCH_SECRETARY).district("xiangtan-htz").bearer())
                .when().get(OVERVIEW)
                .then().statusCode(403);
    }

    @Test
    void aBadDateNamesTheField() {
        given().header("Authorization", Tokens.user("admin.dates").roles(Role.DISTRICT_ADMIN).district("xiangtan-htz").bearer())
                .queryParam("from", "June")
                .when().get(OVERVIEW)
                .then().statusCode(400)
                .body("errors[0].field", is("from"));
    }

    @Test
    void aPeriodOutsideTheDocumentedBoundsIsRefusedNotPassedOn() {
        String token = Tokens.user("admin.dates").roles(Role.DISTRICT_ADMIN).district("xiangtan-htz").bearer();
        given().header("Authorization", token).queryParam("from", "+10000-01-01")
                .when().get(OVERVIEW).then().statusCode(400).body("errors[0].field", is("from"));
        given().header("Authorization", token).queryParam("from", "2026-06-01").queryParam("to", "2026-05-01")
                .when().get(OVERVIEW).then().statusCode(400).body("errors[0].field", is("to"));
        given().header("Authorization", token).queryParam("from", "2000-01-01").queryParam("to", "2026-05-01")
                .when().get(OVERVIEW).then().statusCode(400).body("errors[0].field", is("to"));
    }

    @Test
    void aServiceThatIsDownLeavesItsSectionEmptyAndIsNamed() {
        FakeServices.stop("activity-service");
        FakeServices.stop("notification-service");
        try {
            given().header("Authorization", Tokens.user("admin.partial").roles(Role.DISTRICT_ADMIN).district("xiangtan-htz").bearer())
                    .when().get(OVERVIEW)
                    .then().statusCode(200)
                    .body("organizations.total", is(21))
                    .body("coverage.rate", is(1.0f))
                    .body("$", hasKey("activities"))
                    .body("activities", nullValue())
                    .body("receipts", nullValue())
                    .body("unavailable", contains("activity-service", "notification-service"));
        } finally {
            FakeServices.start("activity-service");
            FakeServices.start("notification-service");
        }
    }
}
