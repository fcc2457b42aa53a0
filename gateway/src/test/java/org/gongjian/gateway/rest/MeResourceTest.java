package org.gongjian.gateway.rest;

import io.quarkus.test.junit.QuarkusTest;
import org.gongjian.rest.Role;
import org.gongjian.testing.Tokens;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class MeResourceTest {

    @Test
    void aDistrictAdministratorSeesItsRolesAndItsDistrictByName() {
        given().header("Authorization", Tokens.user("admin.me").roles(Role.DISTRICT_ADMIN).district("xiangtan-htz").bearer())
                .when().get("/api/me")
                .then().statusCode(200)
                .body("username", equalTo("admin.me"))
                .body("roles", contains(Role.DISTRICT_ADMIN))
                .body("district", equalTo("xiangtan-htz"))
                .body("districts.code", contains("xiangtan-htz"))
                .body("districts.name", contains("湘潭高新区"));
    }

    @Test
    void aCityAdministratorMayPickAnyConfiguredDistrict() {
        given().header("Authorization", Tokens.user("city.me").roles(Role.CITY_ADMIN).bearer())
                .when().get("/api/me")
                .then().statusCode(200)
                .body("roles", contains(Role.CITY_ADMIN))
                .body("district", nullValue())
                .body("districts.code", contains("xiangtan-htz", "yuhu"))
                .body("districts.name", contains("湘潭高新区", "雨湖区"));
    }

    @Test
    void anUnknownDistrictIsShownByItsCode() {
        given().header("Authorization", Tokens.user("reader.me").roles(Role.DASHBOARD_READER).district("nowhere").bearer())
                .when().get("/api/me")
                .then().statusCode(200)
                .body("roles", contains(Role.DASHBOARD_READER))
                .body("districts.name", contains("nowhere"));
    }

    @Test
    void aChineseNameReadsFamilyNameFirst() {
        assertThat(MeResource.displayName("张", "建华", "建华 张")).isEqualTo("张建华");
        assertThat(MeResource.displayName("Smith", "Anna", "Anna Smith")).isEqualTo("Anna Smith");
        assertThat(MeResource.displayName("", "", null)).isNull();
    }

    @Test
    void withoutATokenTheAnswerIsAProblem() {
        given().when().get("/api/me")
                .then().statusCode(401)
                .contentType(containsString("application/problem+json"));
    }
}
