package org.gongjian.registry.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.gongjian.registry.support.Registry.admin;
import static org.gongjian.registry.support.Registry.enterprise;
import static org.gongjian.registry.support.Registry.newDistrict;
import static org.gongjian.registry.support.Registry.organ;
import static org.gongjian.registry.support.Registry.registered;
import static org.gongjian.registry.support.Registry.with;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

@QuarkusTest
class OrganizationListTest {

    static {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private static ValidatableResponse list(String district, Map<String, ?> query) {
        return given().header("Authorization", admin(district)).queryParams(query)
                .when().get("/api/organizations").then().statusCode(200);
    }

    @Test
    void filtersBySectorKindStatusParentAndSubtree() {
        String district = newDistrict();
        String committee = registered(district, organ("湘潭高新区机关党委", "PARTY_COMMITTEE"));
        String general = registered(district, with(organ("机关第一党总支", "GENERAL_BRANCH"), "parentId", committee));
        String branch = registered(district, with(organ("纪检监察党支部", "BRANCH"), "parentId", general));
        String enterprise = registered(district, enterprise("湘潭佳佳美党支部"));

        list(district, Map.of("sector", "ORGAN")).body("total", is(3));
        list(district, Map.of("sector", "NON_PUBLIC_ENTERPRISE")).body("items.id", contains(enterprise));
        list(district, Map.of("kind", "GENERAL_BRANCH")).body("items.id", contains(general));
        list(district, Map.of("parentId", committee)).body("items.id", contains(general));
        list(district, Map.of("subtreeOf", committee)).body("items.id", containsInAnyOrder(committee, general, branch));
        list(district, Map.of("subtreeOf", general, "kind", "BRANCH")).body("items.id", contains(branch));
        list(district, Map.of("status", "ACTIVE")).body("total", is(4));
        list(district, Map.of("status", "DISSOLVED")).body("total", is(0));
        given().header("Authorization", admin(district)).when().get("/api/organizations/" + committee + "/children")
                .then().statusCode(200).body("items.id", contains(general)).body("total", is(1));
    }

    @Test
    void findsChineseNamesByAnyPart() {
        String district = newDistrict();
        String a = registered(district, enterprise("湖南民生药业党支部"));
        String b = registered(district, enterprise("湘潭民生物流党支部"));
        registered(district, enterprise("湘潭佳佳美党支部"));
        list(district, Map.of("q", "民生")).body("items.id", containsInAnyOrder(a, b));
        list(district, Map.of("q", "民生药业")).body("items.id", contains(a));
        list(district, Map.of("q", "党支部")).body("total", is(3));
        list(district, Map.of("q", "100%_")).body("total", is(0));
    }

    @Test
    void sortsNamesInPinyinOrderAndPages() {
        String district = newDistrict();
        // pinyin: an (安), bei (北), cheng (城), zhong (中)
        String zhong = registered(district, organ("中心党支部", "BRANCH"));
        String an = registered(district, organ("安全党支部", "BRANCH"));
        String cheng = registered(district, organ("城建党支部", "BRANCH"));
        String bei = registered(district, organ("北区党支部", "BRANCH"));
        list(district, Map.of("sort", "name,asc")).body("items.id", contains(an, bei, cheng, zhong));
        list(district, Map.of("sort", "name,desc", "size", 2, "page", 1)).body("items.id", contains(bei, an))
                .body("page", is(1)).body("size", is(2)).body("total", is(4));
        list(district, Map.of("sort", "createdAt,asc")).body("items.id", contains(zhong, an, cheng, bei));
    }

    @Test
    void sortsByFoundingDateAndMembers() {
        String district = newDistrict();
        String old = registered(district, with(with(organ("老党支部", "BRANCH"), "foundedOn", "1990-01-01"),
                "members", Map.of("full", 5, "probationary", 0)));
        String young = registered(district, with(with(organ("新党支部", "BRANCH"), "foundedOn", "2020-01-01"),
                "members", Map.of("full", 50, "probationary", 3)));
        list(district, Map.of("sort", "foundedOn,desc")).body("items.id", contains(young, old));
        list(district, Map.of("sort", "members,asc")).body("items.id", contains(old, young));
    }

    @Test
    void badListParametersAreNamed() {
        String token = admin(newDistrict());
        for (Map<String, String> query : new Map[] {Map.of("sector", "FACTORY"), Map.of("kind", "x"),
                Map.of("status", "GONE"), Map.of("parentId", "1"), Map.of("subtreeOf", "x"), Map.of("page", "-1"),
                Map.of("size", "500"), Map.of("size", "many"), Map.of("sort", "secret,asc"), Map.of("sort", "name,up")}) {
            String field = query.keySet().iterator().next();
            given().header("Authorization", token).queryParams(query).when().get("/api/organizations")
                    .then().statusCode(400).body("errors[0].field", is(field));
        }
    }

    @Test
    void anEmptyDistrictListsNothing() {
        list(newDistrict(), Map.of()).body("items", hasSize(0)).body("total", is(0)).body("page", is(0)).body("size", is(20));
    }
}
