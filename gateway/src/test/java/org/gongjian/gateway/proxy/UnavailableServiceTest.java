package org.gongjian.gateway.proxy;

import io.quarkus.test.junit.QuarkusTest;
import org.gongjian.gateway.support.FakeServices;
import org.gongjian.rest.Role;
import org.gongjian.testing.Tokens;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class UnavailableServiceTest {

    private static String admin() {
        return Tokens.user("admin.outage").roles(Role.DISTRICT_ADMIN).district("xiangtan-htz").bearer();
    }

    @Test
    void aStoppedServiceAnswersA503ProblemWhileTheOthersKeepWorking() {
        String token = admin();
        FakeServices.stop("activity-service");
        try {
            given().header("Authorization", token)
                    .when().get("/api/activities/" + UUID.randomUUID())
                    .then().statusCode(503)
                    .contentType(containsString("application/problem+json"))
                    .body("status", is(503))
                    .body("type", is("https://gongjian.org/problems/unavailable"))
                    .body("title", is("服务暂时不可用"))
                    .body("detail", is("联建活动服务暂时不可用，其他服务不受影响"))
                    .body("instance", startsWith("/api/activities/"))
                    .body("service", is("activity-service"));

            given().header("Authorization", token)
                    .when().get("/api/pairings/" + UUID.randomUUID())
                    .then().statusCode(200)
                    .body("service", is("pairing-service"));
        } finally {
            FakeServices.start("activity-service");
        }

        given().header("Authorization", token)
                .when().get("/api/activities/" + UUID.randomUUID())
                .then().statusCode(200)
                .body("service", is("activity-service"));

        given().when().get(org.gongjian.testing.Management.url("/q/metrics"))
                .then().statusCode(200)
                .body(containsString("gongjian_gateway_unavailable_total{service=\"activity-service\""));
    }

    @Test
    void theUnavailableProblemIsEnglishOnRequest() {
        FakeServices.stop("notification-service");
        try {
            given().header("Authorization", admin()).header("Accept-Language", "en-GB,en;q=0.8")
                    .when().get("/api/notifications")
                    .then().statusCode(503)
                    .body("title", is("Service temporarily unavailable"))
                    .body("detail", is("The notification service is temporarily unavailable; other services are unaffected"))
                    .body("service", is("notification-service"));
        } finally {
            FakeServices.start("notification-service");
        }
    }
}
