package org.gongjian.notification;

import io.restassured.path.json.JsonPath;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/** Reads inboxes over the API, as their owners would. */
public final class Inboxes {

    private Inboxes() {
    }

    public static List<Map<String, Object>> notices(String bearer) {
        JsonPath json = given().header("Authorization", bearer).queryParam("size", 200)
                .when().get("/api/notifications")
                .then().statusCode(200).extract().jsonPath();
        return json.getList("items");
    }

    public static List<Map<String, Object>> notices(String bearer, String type, UUID subjectId) {
        return notices(bearer).stream()
                .filter(notice -> type.equals(notice.get("type")))
                .filter(notice -> subjectId == null || subjectId.toString().equals(((Map<?, ?>) notice.get("subject")).get("id")))
                .toList();
    }

    /** Waits until the inbox holds at least {@code count} such notices, and returns them. */
    public static List<Map<String, Object>> awaitNotices(String bearer, String type, UUID subjectId, int count) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300))
                .until(() -> notices(bearer, type, subjectId).size() >= count);
        return notices(bearer, type, subjectId);
    }
}
