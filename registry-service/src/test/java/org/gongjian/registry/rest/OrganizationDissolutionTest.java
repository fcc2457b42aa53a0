package org.gongjian.registry.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.gongjian.rest.Role;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.gongjian.registry.support.Registry.admin;
import static org.gongjian.registry.support.Registry.as;
import static org.gongjian.registry.support.Registry.dissolve;
import static org.gongjian.registry.support.Registry.newDistrict;
import static org.gongjian.registry.support.Registry.organ;
import static org.gongjian.registry.support.Registry.read;
import static org.gongjian.registry.support.Registry.register;
import static org.gongjian.registry.support.Registry.registered;
import static org.gongjian.registry.support.Registry.with;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

@QuarkusTest
class OrganizationDissolutionTest {

    static {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void aDissolvedOrganizationStaysReadableWithReasonAndDate() {
        String district = newDistrict();
        String id = registered(district, with(organ("撤并党支部", "BRANCH"), "foundedOn", "2010-05-04"));
        dissolve(admin(district), id, "机构改革撤并", "2024-06-01")
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("status", is("DISSOLVED"))
                .body("dissolution.reason", is("机构改革撤并"))
                .body("dissolution.dissolvedOn", is("2024-06-01"));
        read(admin(district), id).statusCode(200).body("status", is("DISSOLVED"));
        given().header("Authorization", admin(district)).queryParam("status", "DISSOLVED")
                .when().get("/api/organizations").then().statusCode(200).body("items.id", hasItem(id));
    }

    @Test
    void dissolvingTwiceIsAConflict() {
        String district = newDistrict();
        String id = registered(district, organ("撤并党支部", "BRANCH"));
        dissolve(admin(district), id, "撤并", "2024-06-01").statusCode(200);
        dissolve(admin(district), id, "撤并", "2024-06-02").statusCode(409);
    }

    @Test
    void aReasonAndAPastDateNotBeforeTheFoundingAreRequired() {
        String district = newDistrict();
        String id = registered(district, with(organ("撤并党支部", "BRANCH"), "foundedOn", "2020-01-01"));
        dissolve(admin(district), id, " ", LocalDate.now().plusDays(3).toString())
                .statusCode(400).body("errors.field", hasItem("reason")).body("errors.field", hasItem("dissolvedOn"));
        dissolve(admin(district), id, "撤并", "2019-12-31").statusCode(400).body("errors[0].field", is("dissolvedOn"));
        dissolve(admin(district), id, "撤并", "not a date").statusCode(400).body("errors[0].field", is("dissolvedOn"));
        read(admin(district), id).body("status", is("ACTIVE"));
    }

    @Test
    void anOrganizationWithActiveChildrenCannotBeDissolvedAndADissolvedOneTakesNoChildren() {
        String district = newDistrict();
        String committee = registered(district, organ("机关党委", "PARTY_COMMITTEE"));
        String child = registered(district, with(organ("第一党支部", "BRANCH"), "parentId", committee));
        dissolve(admin(district), committee, "撤并", "2024-06-01").statusCode(409);
        dissolve(admin(district), child, "撤并", "2024-06-01").statusCode(200);
        dissolve(admin(district), committee, "撤并", "2024-06-01").statusCode(200);
        register(admin(district), with(organ("第二党支部", "BRANCH"), "parentId", committee))
                .statusCode(400).body("errors[0].field", is("parentId"));
    }

    @Test
    void aStaleIfMatchIsRefusedWhenSent() {
        String district = newDistrict();
        String id = registered(district, organ("撤并党支部", "BRANCH"));
        given().header("Authorization", admin(district)).header("If-Match", "\"7\"").contentType("application/json")
                .body(Map.of("reason", "撤并", "dissolvedOn", "2024-06-01"))
                .when().post("/api/organizations/" + id + "/dissolution").then().statusCode(412);
    }

    @Test
    void onlyTheDistrictAdminDissolvesAndOthersDistrictsSeeNothing() {
        String district = newDistrict();
        String id = registered(district, organ("撤并党支部", "BRANCH"));
        dissolve(as(Role.BRANCH_SECRETARY, district, id), id, "撤并", "2024-06-01").statusCode(403);
        dissolve(admin(newDistrict()), id, "撤并", "2024-06-01").statusCode(404);
        read(admin(district), id).body("status", is("ACTIVE"));
    }
}
