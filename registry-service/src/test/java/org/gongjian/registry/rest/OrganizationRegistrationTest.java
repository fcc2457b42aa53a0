package org.gongjian.registry.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.gongjian.registry.support.CreditCodes;
import org.gongjian.rest.Role;
import org.gongjian.testing.Tokens;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.gongjian.registry.support.Registry.admin;
import static org.gongjian.registry.support.Registry.as;
import static org.gongjian.registry.support.Registry.enterprise;
import static org.gongjian.registry.support.Registry.newDistrict;
import static org.gongjian.registry.support.Registry.organ;
import static org.gongjian.registry.support.Registry.read;
import static org.gongjian.registry.support.Registry.register;
import static org.gongjian.registry.support.Registry.registered;
import static org.gongjian.registry.support.Registry.with;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
class OrganizationRegistrationTest {

    static {
        io.restassured.RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void aDistrictAdminRegistersAnActiveOrganizationInItsOwnDistrict() {
        String district = newDistrict();
        String code = CreditCodes.random();
        Map<String, Object> body = with(enterprise("湘潭佳佳美党支部"), "hostUnit", Map.of("name", "湘潭佳佳美有限公司", "creditCode", code));
        String id = register(admin(district), body)
                .statusCode(201)
                .header("Location", containsString("/api/organizations/"))
                .header("ETag", "\"0\"")
                .body("district", is(district))
                .body("status", is("ACTIVE"))
                .body("name", is("湘潭佳佳美党支部"))
                .extract().path("id");

        read(admin(district), id).statusCode(200)
                .header("ETag", "\"0\"")
                .body("hostUnit.name", is("湘潭佳佳美有限公司"))
                .body("hostUnit.creditCode", is(code))
                .body("secretary.phone", is("13807320001"))
                .body("contacts[0].email", is("wang@example.cn"))
                .body("contacts[0].language", is("zh-CN"))
                .body("members.full", is(12))
                .body("members.probationary", is(2))
                .body("foundedOn", is("2018-07-01"))
                .body("honours", hasItem("一级示范党组织"))
                .body("version", is(0));
    }

    @Test
    void theDistrictComesFromTheTokenNotFromTheBody() {
        String district = newDistrict();
        register(admin(district), with(organ("湘潭高新区纪检监察党支部", "BRANCH"), "district", "elsewhere"))
                .statusCode(201).body("district", is(district));
    }

    @Test
    void anEnterpriseNeedsAValidCreditCode() {
        String district = newDistrict();
        register(admin(district), with(enterprise("某企业党支部"), "hostUnit", Map.of("name", "某企业")))
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("hostUnit.creditCode"))
                .body("errors.message", hasItem("企业必须填写统一社会信用代码"));
        register(admin(district), with(enterprise("某企业党支部"), "hostUnit", Map.of("name", "某企业")), "en")
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("hostUnit.creditCode"))
                .body("errors.message", hasItem("is required for an enterprise"));
        register(admin(district), with(enterprise("某企业党支部"), "hostUnit",
                Map.of("name", "某企业", "creditCode", CreditCodes.broken(CreditCodes.random()))), "en")
                .statusCode(400)
                .body("errors.field", hasItem("hostUnit.creditCode"))
                .body("errors.message", hasItem("has a wrong check character"));
        // a known-good code, typed in lower case, is accepted and stored upper case
        register(admin(district), with(enterprise("某企业党支部"), "hostUnit",
                Map.of("name", "某企业", "creditCode", "91350100m000100y43")))
                .statusCode(201).body("hostUnit.creditCode", is("91350100M000100Y43"));
    }

    @Test
    void anOrganOrganizationMayHaveNoCreditCodeButAGivenOneIsChecked() {
        String district = newDistrict();
        register(admin(district), organ("区委组织部党支部", "BRANCH")).statusCode(201);
        register(admin(district), with(organ("区委组织部党支部", "BRANCH"), "hostUnit",
                Map.of("name", "区委组织部", "creditCode", "11430300ABCDEFGH12")))
                .statusCode(400).body("errors.field", hasItem("hostUnit.creditCode"));
    }

    @Test
    void everyBrokenFieldIsNamed() {
        String district = newDistrict();
        Map<String, Object> body = enterprise("湘潭某某党支部");
        body.put("name", " ");
        body.put("secretary", Map.of("name", "李书记", "phone", "12345"));
        body.put("contacts", List.of(Map.of("name", "王", "phone", "010-1234", "email", "not-an-email", "language", "fr")));
        body.put("members", Map.of("full", -1, "probationary", 0));
        body.put("foundedOn", LocalDate.now().plusDays(10).toString());
        register(admin(district), body)
                .statusCode(400)
                .contentType("application/problem+json")
                .body("status", is(400))
                .body("title", notNullValue())
                .body("errors.field", hasItems("name", "secretary.phone", "contacts[0].phone", "contacts[0].email",
                        "contacts[0].language", "members.full", "foundedOn"));
    }

    @Test
    void landlineAndMobileNumbersAreAccepted() {
        String district = newDistrict();
        Map<String, Object> body = enterprise("湘潭电话党支部");
        body.put("contacts", List.of(Map.of("name", "甲", "phone", "073158888888"), Map.of("name", "乙", "phone", "19900001111", "language", "en")));
        register(admin(district), body).statusCode(201)
                .body("contacts[0].language", is("zh-CN"))
                .body("contacts[1].language", is("en"));
    }

    @Test
    void malformedJsonWrongTypesAndUnknownValuesAreRefusedNamingTheField() {
        String token = admin(newDistrict());
        given().header("Authorization", token).contentType(ContentType.JSON).body("{\"name\": \"x\",")
                .when().post("/api/organizations").then()
                .statusCode(400).contentType("application/problem+json");
        given().header("Authorization", token).contentType(ContentType.JSON)
                .body("{\"name\":\"x\",\"kind\":\"CELL\",\"sector\":\"ORGAN\"}")
                .when().post("/api/organizations").then()
                .statusCode(400).body("errors[0].field", is("kind"));
        given().header("Authorization", token).contentType(ContentType.JSON)
                .body("{\"name\":\"x\",\"members\":{\"full\":\"many\"}}")
                .when().post("/api/organizations").then()
                .statusCode(400).body("errors[0].field", is("members.full"));
        given().header("Authorization", token).contentType(ContentType.JSON)
                .body("{\"name\":\"x\",\"foundedOn\":\"yesterday\"}")
                .when().post("/api/organizations").then()
                .statusCode(400).body("errors[0].field", is("foundedOn"));
        given().header("Authorization", token).contentType(ContentType.JSON).body("")
                .when().post("/api/organizations").then()
                .statusCode(400);
        given().header("Authorization", token).contentType(ContentType.JSON).body("[1,2]")
                .when().post("/api/organizations").then()
                .statusCode(400);
    }

    @Test
    void anOversizedBodyIsRefusedWith413() {
        String huge = "{\"name\":\"" + "党".repeat(600_000) + "\"}";
        given().header("Authorization", admin(newDistrict())).contentType(ContentType.JSON).body(huge)
                .when().post("/api/organizations").then()
                .statusCode(413).contentType("application/problem+json").body("errors[0].field", is("body"));
    }

    @Test
    void anOversizedBodyIsRefusedAsEveryOtherProblemInTheCallersLanguage() {
        String huge = "{\"name\":\"" + "党".repeat(600_000) + "\"}";
        int length = huge.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        given().header("Authorization", admin(newDistrict())).contentType(ContentType.JSON).body(huge)
                .when().post("/api/organizations").then()
                .statusCode(413).contentType("application/problem+json")
                .body("type", is("https://gongjian.org/problems/too-large"))
                .body("title", is("请求内容过大"))
                .body("status", is(413))
                .body("detail", is("请求内容有 " + length + " 字节，最多接受 1048576 字节"))
                .body("instance", is("/api/organizations"))
                .body("errors[0].field", is("body"))
                .body("errors[0].message", is("最多 1048576 字节"));
        given().header("Authorization", admin(newDistrict())).header("Accept-Language", "en").contentType(ContentType.JSON)
                .body(huge)
                .when().post("/api/organizations").then()
                .statusCode(413).contentType("application/problem+json")
                .body("title", is("Request too large"))
                .body("detail", is("The body has " + length + " bytes; at most 1048576 are accepted"))
                .body("errors[0].message", is("at most 1048576 bytes"));
    }

    @Test
    void theParentMustBeAnActiveCommitteeOfTheSameDistrict() {
        String district = newDistrict();
        String committee = registered(district, organ("湘潭高新区机关党委", "PARTY_COMMITTEE"));
        String branch = registered(district, organ("党政办党支部", "BRANCH"));
        String foreign = registered(newDistrict(), organ("外区机关党委", "PARTY_COMMITTEE"));

        register(admin(district), with(organ("纪检监察党支部", "BRANCH"), "parentId", committee))
                .statusCode(201).body("parentId", is(committee));
        register(admin(district), with(organ("纪检监察党支部", "BRANCH"), "parentId", foreign))
                .statusCode(400).body("errors[0].field", is("parentId"));
        register(admin(district), with(organ("纪检监察党支部", "BRANCH"), "parentId", branch))
                .statusCode(400).body("errors[0].field", is("parentId"))
                .body("errors[0].message", is("是党支部，不能设下级组织"));
        register(admin(district), with(organ("纪检监察党支部", "BRANCH"), "parentId", branch), "en")
                .statusCode(400).body("errors[0].field", is("parentId"))
                .body("errors[0].message", containsString("branch"));
        register(admin(district), with(organ("纪检监察党支部", "BRANCH"), "parentId", "not-a-uuid"))
                .statusCode(400).body("errors[0].field", is("parentId"));
    }

    @Test
    void onlyADistrictAdminRegisters() {
        String district = newDistrict();
        for (String role : List.of(Role.DASHBOARD_READER, Role.BRANCH_SECRETARY, Role.ENTERPRISE_CONTACT, Role.CITY_ADMIN)) {
            register(as(role, district, java.util.UUID.randomUUID()), organ("某党支部", "BRANCH")).statusCode(403);
        }
        register("Bearer nonsense", organ("某党支部", "BRANCH")).statusCode(401);
        register(Tokens.user("admin.zhang").roles(Role.DISTRICT_ADMIN).district(district).expired().bearer(),
                organ("某党支部", "BRANCH")).statusCode(401);
        register(Tokens.user("admin.zhang").roles(Role.DISTRICT_ADMIN).district(district).forged().bearer(),
                organ("某党支部", "BRANCH")).statusCode(401);
        register(Tokens.user("admin.zhang").roles(Role.DISTRICT_ADMIN).district(district).audience("other").bearer(),
                organ("某党支部", "BRANCH")).statusCode(401);
    }

    @Test
    void problemTitlesAreChineseByDefaultAndEnglishOnRequest() {
        String token = admin(newDistrict());
        given().header("Authorization", token).contentType(ContentType.JSON).body(Map.of("name", "x"))
                .when().post("/api/organizations").then().statusCode(400).body("title", equalTo("请求参数无效"));
        given().header("Authorization", token).header("Accept-Language", "en").contentType(ContentType.JSON)
                .body(Map.of("name", "x"))
                .when().post("/api/organizations").then().statusCode(400).body("title", notNullValue());
    }
}
