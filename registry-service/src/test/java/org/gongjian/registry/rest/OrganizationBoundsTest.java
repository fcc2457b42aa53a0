package org.gongjian.registry.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.gongjian.rest.Role;
import org.gongjian.testing.Tokens;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.gongjian.registry.support.Registry.admin;
import static org.gongjian.registry.support.Registry.enterprise;
import static org.gongjian.registry.support.Registry.etag;
import static org.gongjian.registry.support.Registry.newDistrict;
import static org.gongjian.registry.support.Registry.read;
import static org.gongjian.registry.support.Registry.register;
import static org.gongjian.registry.support.Registry.registered;
import static org.gongjian.registry.support.Registry.update;
import static org.gongjian.registry.support.Registry.with;
import static org.hamcrest.Matchers.is;

/** Input that used to answer 500, or to be accepted though wrong, answers 400 naming the field. */
@QuarkusTest
class OrganizationBoundsTest {

    static {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void aNulCharacterInATextFieldIsRefusedNamingIt() {
        String district = newDistrict();
        refused(register(admin(district), with(enterprise("湘潭\u0000党支部"), "name", "湘潭\u0000党支部")), "name");
        refused(register(admin(district), with(enterprise("湘潭甲党支部"), "secretary",
                Map.of("name", "李\u0000", "phone", "13807320001"))), "secretary.name");
        refused(register(admin(district), with(enterprise("湘潭乙党支部"), "honours", java.util.List.of("好", "坏\u0007"))),
                "honours[1]");
        refused(register(admin(district), with(enterprise("湘潭丙党支部"), "name", "湘潭\n党支部")), "name");
    }

    @Test
    void datesFarOutsideTheDocumentedYearsAreRefused() {
        String district = newDistrict();
        refused(register(admin(district), with(enterprise("湘潭丁党支部"), "foundedOn", "-5000-01-01")), "foundedOn");
        refused(register(admin(district), with(enterprise("湘潭戊党支部"), "foundedOn", "+999999999-12-31")), "foundedOn");
        refused(register(admin(district), with(enterprise("湘潭己党支部"), "foundedOn", "1899-12-31")), "foundedOn");
    }

    @Test
    void strictJsonDuplicateKeysEnumNumbersEpochAndDateTimesAreRefused() {
        String district = newDistrict();
        String token = admin(district);
        refused(raw(token, "{\"name\":\"湘潭一党支部\",\"name\":\"湘潭二党支部\",\"kind\":\"BRANCH\"}"), "name");
        refused(raw(token, "{\"name\":\"湘潭一党支部\",\"kind\":0}"), "kind");
        refused(raw(token, "{\"name\":\"湘潭一党支部\",\"foundedOn\":1530403200}"), "foundedOn");
        refused(raw(token, "{\"name\":\"湘潭一党支部\",\"foundedOn\":\"2018-07-01T00:00:00Z\"}"), "foundedOn");
        refused(raw(token, "{\"name\":\"湘潭一党支部\",\"hostUnit\":{\"name\":\"a\",\"name\":\"b\"}}"), "hostUnit.name");
    }

    @Test
    void pagesThatWouldOverflowAndControlCharactersInQueriesAreRefused() {
        String token = admin(newDistrict());
        given().header("Authorization", token).queryParam("page", 2147483647).queryParam("size", 200)
                .when().get("/api/organizations").then().statusCode(400).body("errors[0].field", is("page"));
        given().header("Authorization", token).queryParam("page", 10738419).queryParam("size", 200)
                .when().get("/api/organizations").then().statusCode(400).body("errors[0].field", is("page"));
        given().header("Authorization", token).queryParam("q", "党\u0000")
                .when().get("/api/organizations").then().statusCode(400).body("errors[0].field", is("q"));
        given().header("Authorization", token).queryParam("district", "x\u0000")
                .when().get("/api/organizations/stats").then().statusCode(400).body("errors[0].field", is("district"));
    }

    @Test
    void anUnreadableAcceptLanguageStillGetsTheProblemNotA500() {
        String token = admin(newDistrict());
        given().header("Authorization", token).header("Accept-Language", "en;q=x").contentType(ContentType.JSON)
                .body("{\"name\":\"湘潭一党支部\",\"kind\":0}")
                .when().post("/api/organizations").then()
                .statusCode(400).contentType("application/problem+json").body("errors[0].field", is("kind"));
    }

    @Test
    void aNoOpUpdateAnswersTheVersionAsStored() {
        String district = newDistrict();
        Map<String, Object> body = enterprise("湘潭恒信党支部");
        String id = registered(district, body);
        String answered = update(admin(district), id, etag(district, id), body).statusCode(200).extract().header("ETag");

        read(admin(district), id).header("ETag", is(answered));
        update(admin(district), id, answered, with(body, "name", "湘潭恒信科技党支部")).statusCode(200);
    }

    @Test
    void anAccountWithAVeryLongUsernameCanWrite() {
        String district = newDistrict();
        String token = Tokens.user("u".repeat(255)).roles(Role.DISTRICT_ADMIN).district(district).bearer();
        register(token, enterprise("湘潭长名党支部")).statusCode(201);
    }

    private static ValidatableResponse raw(String token, String json) {
        return given().header("Authorization", token).contentType(ContentType.JSON).body(json)
                .when().post("/api/organizations").then();
    }

    private static void refused(ValidatableResponse response, String field) {
        response.statusCode(400).contentType("application/problem+json").body("errors[0].field", is(field));
    }
}
