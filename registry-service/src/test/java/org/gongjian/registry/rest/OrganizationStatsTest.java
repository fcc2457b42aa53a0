package org.gongjian.registry.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.gongjian.rest.Role;
import org.gongjian.testing.Tokens;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.gongjian.registry.support.Registry.admin;
import static org.gongjian.registry.support.Registry.as;
import static org.gongjian.registry.support.Registry.dissolve;
import static org.gongjian.registry.support.Registry.enterprise;
import static org.gongjian.registry.support.Registry.newDistrict;
import static org.gongjian.registry.support.Registry.organ;
import static org.gongjian.registry.support.Registry.registered;
import static org.gongjian.registry.support.Registry.with;
import static org.hamcrest.Matchers.is;

@QuarkusTest
class OrganizationStatsTest {

    static {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void countsActiveOrganizationsBySectorKindAndTheTwoNew() {
        String district = newDistrict();
        registered(district, organ("机关党委", "PARTY_COMMITTEE"));
        registered(district, organ("纪检监察党支部", "BRANCH"));
        registered(district, enterprise("湘潭佳佳美党支部"));
        registered(district, enterprise("湘潭利和党支部"));
        registered(district, with(organ("湘潭市软件行业协会党支部", "BRANCH"), "sector", "SOCIAL_ORGANIZATION"));
        String gone = registered(district, with(organ("某社区党支部", "BRANCH"), "sector", "COMMUNITY"));
        dissolve(admin(district), gone, "撤并", "2024-06-01").statusCode(200);

        for (String token : new String[] {admin(district), as(Role.DASHBOARD_READER, district, null)}) {
            given().header("Authorization", token).when().get("/api/organizations/stats").then().statusCode(200)
                    .body("district", is(district))
                    .body("total", is(5))
                    .body("bySector.ORGAN", is(2))
                    .body("bySector.NON_PUBLIC_ENTERPRISE", is(2))
                    .body("bySector.SOCIAL_ORGANIZATION", is(1))
                    .body("bySector.STATE_ENTERPRISE", is(0))
                    .body("bySector.COMMUNITY", is(0))
                    .body("byKind.PARTY_COMMITTEE", is(1))
                    .body("byKind.BRANCH", is(4))
                    .body("byStatus.ACTIVE", is(5))
                    .body("byStatus.DISSOLVED", is(1))
                    .body("twoNew", is(3));
        }
    }

    @Test
    void aCityAdminNamesTheDistrictAndOthersGetTheirOwn() {
        String district = newDistrict();
        registered(district, organ("机关党委", "PARTY_COMMITTEE"));
        String city = Tokens.user("city.li").roles(Role.CITY_ADMIN).bearer();
        given().header("Authorization", city).queryParam("district", district).when().get("/api/organizations/stats")
                .then().statusCode(200).body("total", is(1));
        given().header("Authorization", city).when().get("/api/organizations/stats")
                .then().statusCode(400).body("errors[0].field", is("district"));
        // to a district admin, another district does not exist (DistrictToRead, the same in every service)
        given().header("Authorization", admin(newDistrict())).queryParams(Map.of("district", district))
                .when().get("/api/organizations/stats").then().statusCode(404);
        given().header("Authorization", as(Role.BRANCH_SECRETARY, district, java.util.UUID.randomUUID()))
                .when().get("/api/organizations/stats").then().statusCode(403);
    }
}
