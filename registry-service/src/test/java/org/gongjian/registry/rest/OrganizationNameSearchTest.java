package org.gongjian.registry.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.gongjian.registry.support.Registry.admin;
import static org.gongjian.registry.support.Registry.newDistrict;
import static org.gongjian.registry.support.Registry.organ;
import static org.gongjian.registry.support.Registry.registered;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

/** A part of a name of one, two, three or more characters, Chinese, Latin or both, finds exactly the names holding it. */
@QuarkusTest
class OrganizationNameSearchTest {

    static {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private static ValidatableResponse search(String district, String q) {
        return given().header("Authorization", admin(district)).queryParam("q", q)
                .when().get("/api/organizations").then().statusCode(200);
    }

    @Test
    void oneCharacterFindsEveryNameHoldingIt() {
        String district = newDistrict();
        String dong = registered(district, organ("东城社区党支部", "BRANCH"));
        String dongfang = registered(district, organ("湘潭东方电气党委", "PARTY_COMMITTEE"));
        registered(district, organ("西城社区党支部", "BRANCH"));

        search(district, "东").body("items.id", containsInAnyOrder(dong, dongfang)).body("total", is(2));
        search(district, "委").body("items.id", contains(dongfang)).body("total", is(1));
        search(district, "北").body("items", empty()).body("total", is(0));
    }

    @Test
    void twoCharactersFindOnlyNamesWithThemSideBySide() {
        String district = newDistrict();
        String minsheng = registered(district, organ("湖南民生药业党支部", "BRANCH"));
        registered(district, organ("民族生态党支部", "BRANCH")); // 民 and 生, but not 民生
        registered(district, organ("生民党支部", "BRANCH"));     // 生民, the other way round

        search(district, "民生").body("items.id", contains(minsheng)).body("total", is(1));
        search(district, "党支").body("total", is(3));
    }

    @Test
    void threeAndMoreCharactersFindOnlyTheWholeText() {
        String district = newDistrict();
        String whole = registered(district, organ("湘潭高新区机关党委", "PARTY_COMMITTEE"));
        // holds every pair of 高新区 (高新, 新区) but never the three together
        registered(district, organ("高新园新区党支部", "BRANCH"));

        search(district, "高新区").body("items.id", contains(whole)).body("total", is(1));
        search(district, "高新区机关党委").body("items.id", contains(whole));
        search(district, "区机关党委会").body("total", is(0));
    }

    @Test
    void latinAndChineseTogetherIgnoringCase() {
        String district = newDistrict();
        String it = registered(district, organ("湘潭IT产业联盟党支部", "BRANCH"));
        String abc = registered(district, organ("ABC科技党支部", "BRANCH"));
        registered(district, organ("湘潭科技党支部", "BRANCH"));

        search(district, "it产业").body("items.id", contains(it));
        search(district, "IT").body("items.id", contains(it));
        search(district, "i").body("items.id", contains(it));
        search(district, "c科").body("items.id", contains(abc));
        search(district, "Abc科技").body("items.id", contains(abc));
        search(district, "bc").body("items.id", contains(abc));
        search(district, "100%_").body("total", is(0));
        search(district, "_").body("total", is(0));
    }

    @Test
    void theNameItselfComesFirstThenNamesStartingWithIt() {
        String district = newDistrict();
        // pinyin order alone would put 安 (an), 北 (bei) ahead of 社 (she)
        String inside = registered(district, organ("安居社区党支部", "BRANCH"));
        String contains = registered(district, organ("北门社区党支部", "BRANCH"));
        String starts = registered(district, organ("社区党委", "PARTY_COMMITTEE"));
        String exact = registered(district, organ("社区党支部", "BRANCH"));

        search(district, "社区").body("items.id", contains(starts, exact, inside, contains));
        search(district, "社区党支部").body("items.id", contains(exact, inside, contains));
        given().header("Authorization", admin(district)).queryParams(Map.of("q", "社区", "size", 2, "page", 1))
                .when().get("/api/organizations").then().statusCode(200)
                .body("items.id", contains(inside, contains)).body("total", is(4));
        given().header("Authorization", admin(district)).queryParams(Map.of("q", "社区", "sort", "createdAt,asc"))
                .when().get("/api/organizations").then().statusCode(200)
                .body("items.id", contains(inside, contains, starts, exact));
    }

    @Test
    void otherDistrictsStayOutOfTheResults() {
        String district = newDistrict();
        String mine = registered(district, organ("东风党支部", "BRANCH"));
        registered(newDistrict(), organ("东风党支部", "BRANCH"));
        search(district, "东").body("items.id", contains(mine)).body("items", hasSize(1));
    }
}
