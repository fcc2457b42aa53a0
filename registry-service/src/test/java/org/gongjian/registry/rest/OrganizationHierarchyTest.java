package org.gongjian.registry.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;
import org.gongjian.rest.Role;
import org.gongjian.testing.Tokens;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.gongjian.registry.support.Registry.admin;
import static org.gongjian.registry.support.Registry.as;
import static org.gongjian.registry.support.Registry.enterprise;
import static org.gongjian.registry.support.Registry.newDistrict;
import static org.gongjian.registry.support.Registry.organ;
import static org.gongjian.registry.support.Registry.registered;
import static org.gongjian.registry.support.Registry.with;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

@QuarkusTest
class OrganizationHierarchyTest {

    static {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private static ValidatableResponse hierarchy(String token, Map<String, ?> query) {
        return given().header("Authorization", token).queryParams(query).when().get("/api/organizations/hierarchy").then();
    }

    @Test
    void theDistrictsOrganizationsHangUnderTheirParentsInPinyinOrder() {
        String district = newDistrict();
        String committee = registered(district, organ("湘潭高新区机关党委", "PARTY_COMMITTEE"));
        String general = registered(district, with(organ("机关第一党总支", "GENERAL_BRANCH"), "parentId", committee));
        // pinyin: an (安) before zhong (中), whatever the order of registration
        String zhong = registered(district, with(organ("中心党支部", "BRANCH"), "parentId", general));
        String an = registered(district, with(organ("安全党支部", "BRANCH"), "parentId", general));
        String enterprise = registered(district, enterprise("湘潭佳佳美党支部"));
        registered(newDistrict(), organ("别区党支部", "BRANCH"));

        hierarchy(admin(district), Map.of()).statusCode(200)
                .body("district", is(district))
                .body("total", is(5))
                // pinyin: xiang tan gao (湘潭高新区…) before xiang tan jia (湘潭佳佳美…)
                .body("roots.id", contains(committee, enterprise))
                .body("roots[0].kind", is("PARTY_COMMITTEE"))
                .body("roots[0].children.id", contains(general))
                .body("roots[0].children[0].children.id", contains(an, zhong))
                .body("roots[0].children[0].children[0].name", is("安全党支部"))
                .body("roots[0].children[0].children[0].sector", is("ORGAN"))
                .body("roots[0].children[0].children[0].status", is("ACTIVE"))
                .body("roots[0].children[0].children[0].children", empty())
                .body("roots[1].sector", is("NON_PUBLIC_ENTERPRISE"));
    }

    @Test
    void aStatusLimitsTheTreeAndADissolvedOnesChildrenBecomeRoots() {
        String district = newDistrict();
        String committee = registered(district, organ("机关党委", "PARTY_COMMITTEE"));
        String branch = registered(district, with(organ("撤并党支部", "BRANCH"), "parentId", committee));
        given().header("Authorization", admin(district)).header("If-Match", "\"0\"").contentType("application/json")
                .body(Map.of("reason", "机构改革撤并", "dissolvedOn", "2024-06-01"))
                .when().post("/api/organizations/" + branch + "/dissolution").then().statusCode(200);

        hierarchy(admin(district), Map.of()).statusCode(200).body("roots.id", contains(committee))
                .body("roots[0].children[0].status", is("DISSOLVED"));
        hierarchy(admin(district), Map.of("status", "ACTIVE")).statusCode(200).body("total", is(1))
                .body("roots.id", contains(committee)).body("roots[0].children", empty());
        hierarchy(admin(district), Map.of("status", "DISSOLVED")).statusCode(200).body("roots.id", contains(branch));
    }

    @Test
    void aDashboardReaderReadsItWithoutPersonalDataAndACityAdministratorNamesTheDistrict() {
        String district = newDistrict();
        String enterprise = registered(district, enterprise("湘潭民生药业党支部"));
        hierarchy(as(Role.DASHBOARD_READER, district, null), Map.of()).statusCode(200)
                .body("roots.id", contains(enterprise))
                .body(not(containsString("13807320001")))
                .body(not(containsString("wang@example.cn")));
        String city = Tokens.user("city.li").roles(Role.CITY_ADMIN).bearer();
        hierarchy(city, Map.of("district", district)).statusCode(200).body("roots.id", contains(enterprise));
        hierarchy(city, Map.of()).statusCode(400).body("errors[0].field", is("district"));
    }

    @Test
    void secretariesAndLiaisonsAreRefusedAndABadStatusIsNamed() {
        String district = newDistrict();
        String own = registered(district, enterprise("湘潭家家美党支部"));
        hierarchy(as(Role.BRANCH_SECRETARY, district, own), Map.of()).statusCode(403);
        hierarchy(as(Role.ENTERPRISE_CONTACT, district, UUID.fromString(own)), Map.of()).statusCode(403);
        hierarchy(admin(district), Map.of("status", "GONE")).statusCode(400).body("errors[0].field", is("status"));
    }
}
