package org.gongjian.registry.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.gongjian.rest.Role;
import org.gongjian.testing.Tokens;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.gongjian.registry.support.Registry.admin;
import static org.gongjian.registry.support.Registry.as;
import static org.gongjian.registry.support.Registry.enterprise;
import static org.gongjian.registry.support.Registry.newDistrict;
import static org.gongjian.registry.support.Registry.read;
import static org.gongjian.registry.support.Registry.registered;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

/** Who sees what: out of scope is 404, never the data. */
@QuarkusTest
class OrganizationScopeTest {

    static {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void aDistrictAdminSeesItsOwnDistrictOnly() {
        String district = newDistrict();
        String id = registered(district, enterprise("湘潭佳佳美党支部"));
        read(admin(district), id).statusCode(200).body("secretary.phone", is("13807320001"));
        read(admin(newDistrict()), id).statusCode(404).contentType("application/problem+json");
        given().header("Authorization", admin(newDistrict())).when().get("/api/organizations/" + id + "/children")
                .then().statusCode(404);
    }

    @Test
    void aDashboardReaderReadsItsDistrictWithoutPhonesAndEmails() {
        String district = newDistrict();
        String id = registered(district, enterprise("湘潭利和党支部"));
        String reader = as(Role.DASHBOARD_READER, district, null);
        read(reader, id).statusCode(200)
                .body("secretary.name", is("李书记"))
                .body("secretary.phone", nullValue())
                .body("contacts[0].name", is("王联络"))
                .body("contacts[0].phone", nullValue())
                .body("contacts[0].email", nullValue());
        given().header("Authorization", reader).when().get("/api/organizations").then().statusCode(200)
                .body("items[0].secretary.phone", nullValue())
                .body("items[0].contacts[0].email", nullValue());
        read(as(Role.DASHBOARD_READER, newDistrict(), null), id).statusCode(404);
    }

    @Test
    void aBranchSecretaryAndALiaisonReadTheirOwnOrganizationOnly() {
        String district = newDistrict();
        String own = registered(district, enterprise("湘潭崇德科技党支部"));
        String other = registered(district, enterprise("湘潭健车汽车服务党支部"));
        for (String role : new String[] {Role.BRANCH_SECRETARY, Role.ENTERPRISE_CONTACT}) {
            String token = as(role, district, own);
            read(token, own).statusCode(200).body("contacts[0].phone", is("0731-58888888"));
            read(token, other).statusCode(404);
            given().header("Authorization", token).when().get("/api/organizations").then().statusCode(200)
                    .body("items.id", contains(own)).body("total", is(1));
            read(as(role, newDistrict(), own), own).statusCode(404);
        }
    }

    @Test
    void aCityAdminReadsEveryDistrictButChangesNothing() {
        String district = newDistrict();
        String id = registered(district, enterprise("湘潭万达商圈党支部"));
        String other = registered(newDistrict(), enterprise("株洲某企业党支部"));
        String city = Tokens.user("city.li").roles(Role.CITY_ADMIN).bearer();
        read(city, id).statusCode(200).body("district", is(district));
        read(city, other).statusCode(200);
        given().header("Authorization", city).queryParam("district", district).when().get("/api/organizations")
                .then().statusCode(200).body("total", is(1)).body("items.id", contains(id));
        given().header("Authorization", city).queryParam("size", 200).when().get("/api/organizations")
                .then().statusCode(200).body("items.district", hasItems(district));
        given().header("Authorization", city).contentType("application/json").header("If-Match", "\"0\"")
                .body(enterprise("改")).when().put("/api/organizations/" + id).then().statusCode(403);
    }

    @Test
    void aCityAdminWithADistrictOfItsOwnReadsItUnlessItNamesAnother() {
        String district = newDistrict();
        String other = newDistrict();
        String id = registered(district, enterprise("湘潭昭山文旅党支部"));
        String elsewhere = registered(other, enterprise("株洲石峰机械党支部"));
        String city = Tokens.user("city.zhao").roles(Role.CITY_ADMIN).district(district).bearer();
        given().header("Authorization", city).when().get("/api/organizations")
                .then().statusCode(200).body("total", is(1)).body("items.id", contains(id));
        given().header("Authorization", city).queryParam("district", other).when().get("/api/organizations")
                .then().statusCode(200).body("total", is(1)).body("items.id", contains(elsewhere));
        given().header("Authorization", admin(district)).queryParam("district", other).when().get("/api/organizations")
                .then().statusCode(404);
    }

    @Test
    void anUnknownIdAndAMalformedIdAreNotFound() {
        String district = newDistrict();
        read(admin(district), UUID.randomUUID().toString()).statusCode(404);
        read(admin(district), "not-a-uuid").statusCode(404);
    }

    @Test
    void withoutAValidTokenNothingIsRead() {
        given().when().get("/api/organizations").then().statusCode(401);
        given().header("Authorization", Tokens.user("x").roles(Role.DISTRICT_ADMIN).district("d").expired().bearer())
                .when().get("/api/organizations").then().statusCode(401);
    }
}
