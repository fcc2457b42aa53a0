package org.gongjian.notification.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import org.gongjian.notification.Fixtures;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;

/** Input that used to answer 500, or to be accepted though wrong, answers 400 naming the field. */
@QuarkusTest
class NotificationBoundsTest {

    static {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private final String district = Fixtures.district();
    private final String me = Fixtures.secretaryToken(UUID.randomUUID(), district);

    @Test
    void controlCharactersAndBadJsonInAWebhookAreRefusedNamingTheField() {
        register(Map.of("url", "https://hooks.example.cn/gongjian", "description", "OA\u0000系统")).statusCode(400)
                .body("errors[0].field", is("description"));
        register(Map.of("url", "https://hooks.example.cn/\u0000")).statusCode(400).body("errors[0].field", is("url"));
        given().header("Authorization", me).contentType(ContentType.JSON)
                .body("{\"url\":\"https://a.example.cn\",\"url\":\"https://b.example.cn\"}")
                .when().post("/api/webhooks").then().statusCode(400).body("errors[0].field", is("url"));
    }

    @Test
    void preferencesTakeNoControlCharactersNoDuplicateKeysAndNoNumbersForBooleans() {
        String etag = given().header("Authorization", me).when().get("/api/notification-preferences").then().statusCode(200)
                .extract().header("ETag");
        given().header("Authorization", me).header("If-Match", etag).contentType(ContentType.JSON)
                .body(Map.of("email", true, "webhook", true, "language", "en\u0000"))
                .when().put("/api/notification-preferences").then().statusCode(400).body("errors[0].field", is("language"));
        given().header("Authorization", me).header("If-Match", etag).contentType(ContentType.JSON)
                .body("{\"email\":true,\"webhook\":true,\"language\":\"en\",\"email\":false}")
                .when().put("/api/notification-preferences").then().statusCode(400).body("errors[0].field", is("email"));
    }

    @Test
    void pagesThatWouldOverflowAndControlCharactersInQueriesAreRefused() {
        given().header("Authorization", me).queryParam("page", Integer.MAX_VALUE).queryParam("size", 200)
                .when().get("/api/notifications").then().statusCode(400).body("errors[0].field", is("page"));
        given().header("Authorization", Fixtures.committeeToken(district)).queryParam("district", "x\u0000")
                .when().get("/api/receipts/summary").then().statusCode(400).body("errors[0].field", is("district"));
    }

    private io.restassured.response.ValidatableResponse register(Map<String, Object> body) {
        return given().header("Authorization", me).contentType(ContentType.JSON).body(body)
                .when().post("/api/webhooks").then();
    }
}
