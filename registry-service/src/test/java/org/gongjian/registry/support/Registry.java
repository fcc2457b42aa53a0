package org.gongjian.registry.support;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.gongjian.rest.Role;
import org.gongjian.testing.Tokens;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** Calls on the register as a committee would make them, over HTTP with real tokens. */
public final class Registry {

    private Registry() {
    }

    /** A district of its own for one test, so that lists and figures are not disturbed by other tests. */
    public static String newDistrict() {
        return "test-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static String admin(String district) {
        return Tokens.user("admin.zhang").roles(Role.DISTRICT_ADMIN).district(district).bearer();
    }

    public static String as(String role, String district, Object org) {
        return Tokens.user("user." + role).roles(role).district(district).org(org).bearer();
    }

    /** A complete, valid organization body: an enterprise branch with a secretary and a contact. */
    public static Map<String, Object> enterprise(String name) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("kind", "BRANCH");
        body.put("sector", "NON_PUBLIC_ENTERPRISE");
        body.put("hostUnit", Map.of("name", name.replace("党支部", "有限公司"), "creditCode", CreditCodes.random()));
        body.put("secretary", Map.of("name", "李书记", "phone", "13807320001"));
        body.put("contacts", new ArrayList<>(List.of(
                Map.of("name", "王联络", "phone", "0731-58888888", "email", "wang@example.cn", "language", "zh-CN"))));
        body.put("members", Map.of("full", 12, "probationary", 2));
        body.put("foundedOn", "2018-07-01");
        body.put("honours", List.of("一级示范党组织"));
        return body;
    }

    /** An organ (机关) organization without a credit code. */
    public static Map<String, Object> organ(String name, String kind) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("kind", kind);
        body.put("sector", "ORGAN");
        body.put("hostUnit", Map.of("name", "湘潭高新区管委会"));
        body.put("members", Map.of("full", 30, "probationary", 1));
        return body;
    }

    public static ValidatableResponse register(String token, Object body) {
        return given().header("Authorization", token).contentType(ContentType.JSON).body(body)
                .when().post("/api/organizations").then();
    }

    /** Registers with an {@code Accept-Language}, for the answer's texts in that language. */
    public static ValidatableResponse register(String token, Object body, String acceptLanguage) {
        return given().header("Authorization", token).header("Accept-Language", acceptLanguage).contentType(ContentType.JSON)
                .body(body).when().post("/api/organizations").then();
    }

    /** Registers and answers the new id. */
    public static String registered(String district, Map<String, Object> body) {
        return register(admin(district), body).statusCode(201).extract().path("id");
    }

    public static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
        Map<String, Object> copy = new HashMap<>(body);
        copy.put(key, value);
        return copy;
    }

    public static ValidatableResponse read(String token, String id) {
        return given().header("Authorization", token).when().get("/api/organizations/" + id).then();
    }

    public static String etag(String district, String id) {
        return read(admin(district), id).statusCode(200).extract().header("ETag");
    }

    public static ValidatableResponse update(String token, String id, String ifMatch, Object body) {
        var request = given().header("Authorization", token).contentType(ContentType.JSON).body(body);
        if (ifMatch != null) {
            request = request.header("If-Match", ifMatch);
        }
        return request.when().put("/api/organizations/" + id).then();
    }

    public static ValidatableResponse dissolve(String token, String id, String reason, String on) {
        Map<String, Object> body = new HashMap<>();
        body.put("reason", reason);
        body.put("dissolvedOn", on);
        return given().header("Authorization", token).contentType(ContentType.JSON).body(body)
                .when().post("/api/organizations/" + id + "/dissolution").then();
    }
}
