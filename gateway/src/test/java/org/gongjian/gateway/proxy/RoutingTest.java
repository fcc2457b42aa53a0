package org.gongjian.gateway.proxy;

import io.quarkus.test.junit.QuarkusTest;
import org.gongjian.gateway.support.FakeServices;
import org.gongjian.rest.Role;
import org.gongjian.testing.Tokens;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

@QuarkusTest
class RoutingTest {

    private static String admin() {
        return Tokens.user("admin.routing").roles(Role.DISTRICT_ADMIN).district("xiangtan-htz").bearer();
    }

    @Test
    void routesEachSegmentToTheServiceThatOwnsIt() {
        Map<String, String> owners = new LinkedHashMap<>();
        owners.put("/api/organizations", "registry-service");
        owners.put("/api/organizations/%s/children", "registry-service");
        owners.put("/api/organizations/%s/calendar.ics", "activity-service");
        owners.put("/api/organizations/%s/calendar-token", "activity-service");
        owners.put("/api/pairings/%s/timeline", "activity-service");
        owners.put("/api/pairings/%s", "pairing-service");
        owners.put("/api/launches", "pairing-service");
        owners.put("/api/demands/%s/acceptance", "pairing-service");
        owners.put("/api/activities/%s/photos", "activity-service");
        owners.put("/api/cadence", "activity-service");
        owners.put("/api/notifications", "notification-service");
        owners.put("/api/receipts", "notification-service");
        owners.put("/api/notification-preferences", "notification-service");
        owners.put("/api/webhooks", "notification-service");
        String token = admin();
        owners.forEach((template, service) -> {
            String path = template.formatted(UUID.randomUUID());
            given().header("Authorization", token)
                    .when().get(path)
                    .then().statusCode(200)
                    .body("service", is(service))
                    .body("path", is(path));
        });
    }

    @Test
    void relaysTheCallersTokenAndKeepsTheQuery() {
        String token = admin();
        String path = "/api/pairings/" + UUID.randomUUID();
        given().header("Authorization", token).queryParam("page", 2).queryParam("sort", "title,asc")
                .header("If-Match", "\"3\"").header("Accept-Language", "en")
                .when().get(path)
                .then().statusCode(200);

        FakeServices.Received received = FakeServices.lastReceived("pairing-service", path);
        assertThat(received.header("Authorization")).contains(token);
        assertThat(received.query()).isEqualTo("page=2&sort=title%2Casc");
        assertThat(received.header("If-Match")).contains("\"3\"");
        assertThat(received.header("Accept-Language")).contains("en");
        assertThat(received.header("X-Forwarded-For")).isPresent();
    }

    @Test
    void forwardsTheClientsTraceContextToTheService() {
        String traceId = UUID.randomUUID().toString().replace("-", "");
        String path = "/api/activities/" + UUID.randomUUID();
        given().header("Authorization", admin())
                .header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01")
                .when().get(path)
                .then().statusCode(200);

        assertThat(FakeServices.lastReceived("activity-service", path).header("traceparent"))
                .hasValueSatisfying(traceparent -> assertThat(traceparent).startsWith("00-" + traceId + "-"));
    }

    @Test
    void startsATraceWhenTheClientSentNone() {
        String path = "/api/cadence/" + UUID.randomUUID();
        given().header("Authorization", admin())
                .when().get(path)
                .then().statusCode(200);

        assertThat(FakeServices.lastReceived("activity-service", path).header("traceparent"))
                .hasValueSatisfying(traceparent -> assertThat(traceparent).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]"));
    }

    @Test
    void neverPassesTheGatewaySessionCookieOn() {
        String path = "/api/webhooks/" + UUID.randomUUID();
        given().header("Authorization", admin()).cookie("q_session", "secret-session")
                .when().get(path)
                .then().statusCode(200);

        assertThat(FakeServices.lastReceived("notification-service", path).header("Cookie")).isEmpty();
    }

    @Test
    void signedReceiptLinksReachTheNotificationServiceWithoutLogin() {
        String path = "/r/" + UUID.randomUUID() + ".signature";
        given().when().get(path)
                .then().statusCode(200)
                .body("service", is("notification-service"));

        assertThat(FakeServices.lastReceived("notification-service", path).header("Authorization")).isEmpty();
    }

    @Test
    void theCalendarFeedPassesWithOnlyItsOwnTokenAndKeepsItsCachingHeaders() {
        String path = "/api/organizations/" + UUID.randomUUID() + "/calendar.ics";
        given().queryParam("token", "feed-token")
                .when().get(path)
                .then().statusCode(200)
                .header("Cache-Control", "private, max-age=900")
                .body("service", is("activity-service"));

        FakeServices.Received received = FakeServices.lastReceived("activity-service", path);
        assertThat(received.header("Authorization")).isEmpty();
        assertThat(received.query()).isEqualTo("token=feed-token");
    }

    @Test
    void aForgedBearerTokenOnTheCalendarFeedIsStillRefused() {
        String path = "/api/organizations/" + UUID.randomUUID() + "/calendar.ics";
        given().header("Authorization", "Bearer not.a.token").queryParam("token", "feed-token")
                .when().get(path)
                .then().statusCode(401);

        assertThat(FakeServices.hasReceived("activity-service", path)).isFalse();
    }

    @Test
    void theCalendarTokenAndTheTimelineStillNeedASignedInCaller() {
        for (String path : new String[] {"/api/organizations/" + UUID.randomUUID() + "/calendar-token",
                "/api/pairings/" + UUID.randomUUID() + "/timeline"}) {
            given().when().get(path).then().statusCode(401);
            assertThat(FakeServices.hasReceived("activity-service", path)).isFalse();
        }
    }

    @Test
    void signedReceiptLinksAcceptTheAcknowledgingPost() {
        String path = "/r/" + UUID.randomUUID() + ".signature";
        given().when().post(path)
                .then().statusCode(200)
                .body("service", is("notification-service"));

        assertThat(FakeServices.lastReceived("notification-service", path).raw().get("method")).isEqualTo("POST");
    }
}
