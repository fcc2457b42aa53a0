package org.gongjian.activity.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.gongjian.activity.Fixtures;
import org.gongjian.activity.domain.AttendanceCount;
import org.gongjian.rest.Role;
import org.gongjian.testing.Tokens;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;

/** Input that used to answer 500, or to be accepted though wrong, answers 400 naming the field. */
@QuarkusTest
class ActivityBoundsTest {

    static {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void attendanceBeyondAPlausibleCountIsRefused() {
        Fixtures f = Fixtures.activePairing();
        String id = f.scheduled("2025-06-01T09:30:00+08:00", "2025-06-01T11:30:00+08:00");
        complete(f, id, attendance(f, Integer.MAX_VALUE, 0)).statusCode(400)
                .body("errors[0].field", is("attendance[0].full"));
        complete(f, id, attendance(f, AttendanceCount.MAX + 1, 0)).statusCode(400)
                .body("errors[0].field", is("attendance[0].full"));
    }

    @Test
    void statisticsStayExactWithEveryCountAtItsBound() {
        Fixtures f = Fixtures.activePairing("bounds-" + java.util.UUID.randomUUID().toString().substring(0, 8),
                java.time.LocalDate.of(2025, 1, 1), 1, org.gongjian.events.pairing.CadencePeriod.MONTH);
        int max = AttendanceCount.MAX;
        for (int day = 1; day <= 3; day++) {
            String id = f.scheduled("2025-06-0" + day + "T09:30:00+08:00", "2025-06-0" + day + "T11:30:00+08:00");
            complete(f, id, attendance(f, max, max)).statusCode(200);
        }
        given().header("Authorization", f.admin()).queryParam("from", "2025-06-01").queryParam("to", "2025-06-30")
                .get("/api/activities/stats").then().statusCode(200)
                .body("attendance.full", is(6 * max)).body("attendance.probationary", is(6 * max))
                .body("attendance.others", is(6 * max));
    }

    @Test
    void controlCharactersFarDatesAndStrictJsonAreRefusedNamingTheField() {
        Fixtures f = Fixtures.activePairing();
        String start = "2025-06-01T09:30:00+08:00";
        String end = "2025-06-01T11:30:00+08:00";
        schedule(f, with(f.activity(start, end), "title", "主题\u0000党日")).statusCode(400).body("errors[0].field", is("title"));
        schedule(f, with(f.activity(start, end), "startsAt", "+999999999-12-31T09:30:00+08:00")).statusCode(400)
                .body("errors[0].field", is("startsAt"));
        schedule(f, with(f.activity(start, end), "endsAt", "-5000-01-01T09:30:00+08:00")).statusCode(400)
                .body("errors[0].field", is("endsAt"));
        schedule(f, with(f.activity(start, end), "startsAt", 1748741400)).statusCode(400).body("errors[0].field", is("startsAt"));
        schedule(f, with(f.activity(start, end), "type", 1)).statusCode(400).body("errors[0].field", is("type"));
        schedule(f, with(f.activity(start, end), "participantIds", List.of(f.lead.toString(), f.lead.toString())))
                .statusCode(400).body("errors[0].field", is("participantIds[1]"));
        given().header("Authorization", f.leadSecretary()).contentType(ContentType.JSON)
                .body("{\"title\":\"a\",\"title\":\"b\"}").post("/api/activities").then().statusCode(400)
                .body("errors[0].field", is("title"));
        String id = f.scheduled(start, end);
        Map<String, Object> completion = new HashMap<>(f.completion());
        completion.put("summary", "第一行\u0000");
        complete(f, id, completion).statusCode(400).body("errors[0].field", is("summary"));
        completion.put("summary", "第一行\n第二行\t缩进");
        complete(f, id, completion).statusCode(200).body("summary", is("第一行\n第二行\t缩进"));
    }

    @Test
    void queryParametersOutOfBoundsAreRefused() {
        Fixtures f = Fixtures.activePairing();
        list(f, "/api/activities", Map.of("page", Integer.MAX_VALUE, "size", 200)).statusCode(400).body("errors[0].field", is("page"));
        list(f, "/api/activities", Map.of("from", "-5000-01-01")).statusCode(400).body("errors[0].field", is("from"));
        list(f, "/api/activities/stats", Map.of("from", "1900-01-01", "to", "2200-12-31")).statusCode(400)
                .body("errors[0].field", is("to"));
        list(f, "/api/activities/stats", Map.of("to", "+999999999-12-31")).statusCode(400).body("errors[0].field", is("to"));
        list(f, "/api/activities/stats", Map.of("district", "x\u0000")).statusCode(400).body("errors[0].field", is("district"));
        list(f, "/api/cadence", Map.of("period", "+999999999-01")).statusCode(400).body("errors[0].field", is("period"));
        list(f, "/api/cadence", Map.of("period", "0001-Q1")).statusCode(400).body("errors[0].field", is("period"));
    }

    @Test
    void refusalsReadChineseByDefaultAndEnglishOnRequest() {
        Fixtures f = Fixtures.activePairing();
        Map<String, String> backwards = Map.of("from", "2025-06-30", "to", "2025-06-01");
        list(f, "/api/activities/stats", backwards).statusCode(400)
                .body("errors[0].field", is("to")).body("errors[0].message", is("不能早于 from"));
        english(f, "/api/activities/stats", backwards).statusCode(400)
                .body("errors[0].field", is("to")).body("errors[0].message", is("must not be before from"));
        list(f, "/api/cadence", Map.of("period", "June")).statusCode(400)
                .body("errors[0].field", is("period")).body("errors[0].message", is("须为月份（2025-06）或季度（2025-Q2）"));
        english(f, "/api/cadence", Map.of("period", "June")).statusCode(400)
                .body("errors[0].message", is("must be a month (2025-06) or a quarter (2025-Q2)"));
        list(f, "/api/activities", Map.of("size", 500)).statusCode(400)
                .body("errors[0].field", is("size")).body("errors[0].message", is("须在 1 到 200 之间"));
        english(f, "/api/activities", Map.of("size", 500)).statusCode(400)
                .body("errors[0].message", is("must be between 1 and 200"));
        Map<String, Object> untitled = with(f.activity("2025-06-01T09:30:00+08:00", "2025-06-01T11:30:00+08:00"), "title", " ");
        schedule(f, untitled).statusCode(400).body("errors[0].field", is("title")).body("errors[0].message", is("不能为空"));
        given().header("Authorization", f.leadSecretary()).header("Accept-Language", "en").contentType(ContentType.JSON)
                .body(untitled).post("/api/activities").then().statusCode(400)
                .body("errors[0].field", is("title")).body("errors[0].message", is("must not be blank"));
    }

    @Test
    void anAccountWithAVeryLongUsernameCanUploadAPhoto() throws IOException {
        Fixtures f = Fixtures.activePairing();
        String activity = f.held("2025-06-01T09:30:00+08:00", "2025-06-01T11:30:00+08:00");
        String token = Tokens.user("u".repeat(255)).roles(Role.BRANCH_SECRETARY).district(f.district).org(f.lead).bearer();
        given().header("Authorization", token)
                .multiPart("file", "photo.jpg", PhotoResourceTest.image("jpg", 200, 100), "application/octet-stream")
                .post("/api/activities/" + activity + "/photos").then().statusCode(201);
    }

    private static Map<String, Object> attendance(Fixtures f, int leadFull, int partnerFull) {
        return Map.of("attendance", List.of(
                        Map.of("organizationId", f.lead.toString(), "full", leadFull, "probationary", leadFull, "others", leadFull),
                        Map.of("organizationId", f.partner.toString(), "full", partnerFull, "probationary", partnerFull,
                                "others", partnerFull)),
                "summary", "开展主题党日活动");
    }

    private static ValidatableResponse complete(Fixtures f, String id, Map<String, Object> body) {
        String etag = given().header("Authorization", f.leadSecretary()).get("/api/activities/" + id).then().extract().header("ETag");
        return given().header("Authorization", f.leadSecretary()).header("If-Match", etag).contentType(ContentType.JSON)
                .body(body).post("/api/activities/" + id + "/completion").then();
    }

    private static ValidatableResponse schedule(Fixtures f, Map<String, Object> body) {
        return given().header("Authorization", f.leadSecretary()).contentType(ContentType.JSON).body(body)
                .post("/api/activities").then();
    }

    private static ValidatableResponse list(Fixtures f, String path, Map<String, ?> query) {
        return given().header("Authorization", f.admin()).queryParams(query).get(path).then();
    }

    private static ValidatableResponse english(Fixtures f, String path, Map<String, ?> query) {
        return given().header("Authorization", f.admin()).header("Accept-Language", "en").queryParams(query).get(path).then();
    }

    private static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
        Map<String, Object> copy = new HashMap<>(body);
        copy.put(key, value);
        return copy;
    }
}
