package org.gongjian.gateway.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.gongjian.gateway.support.FakeOperationLog;
import org.gongjian.gateway.support.FakeServices;
import org.gongjian.rest.Role;
import org.gongjian.testing.Tokens;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

/** The four services' operation logs as one list: merged newest first by (time, id), paged, filtered, exported. */
@QuarkusTest
class OperationLogMergeTest {

    private static final String LOG = "/api/operation-log";
    private final String admin = Tokens.user("admin.log").roles(Role.DISTRICT_ADMIN).district("xiangtan-htz").bearer();

    @Test
    void theFourLogsMergeNewestFirstAndPageWithoutGapsOrRepeats() {
        given().header("Authorization", admin).when().get(LOG + "?size=6").then().statusCode(200)
                .body("total", is(20)).body("items.size()", is(6)).body("unavailable", empty())
                .body("items[0].service", is("registry-service"))
                .body("items[1].service", is("pairing-service"))
                .body("items[4].service", is("registry-service"))
                .body("items[0].occurredAt", is(FakeOperationLog.NEWEST.toString()));
        assertThat(FakeServices.lastReceived("activity-service", LOG).query()).contains("district=xiangtan-htz").contains("size=6");

        List<String> times = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        String next = null;
        do {
            ExtractableResponse<Response> page = given().header("Authorization", admin)
                    .when().get(LOG + "?size=6" + (next == null ? "" : "&after=" + next)).then().statusCode(200).body("unavailable", empty()).extract();
            times.addAll(page.path("items.occurredAt"));
            ids.addAll(page.path("items.id"));
            next = page.path("next");
        } while (next != null);
        assertThat(ids).hasSize(20).doesNotHaveDuplicates();
        assertThat(times).isSortedAccordingTo((a, b) -> b.compareTo(a));

        List<String> third = given().header("Authorization", admin).when().get(LOG + "?size=6&page=2").then()
                .statusCode(200).body("page", is(2)).body("unavailable", empty()).extract().path("items.id");
        assertThat(third).containsExactlyElementsOf(ids.subList(12, 18));
        given().header("Authorization", admin).when().get(LOG + "?size=6&page=3").then().statusCode(200)
                .body("items.size()", is(2)).body("next", nullValue());
    }

    /**
     * A numbered page is reached by stepping through the pages before it: a service that did not answer one of those
     * steps is missing from them, and the page lies further on than it would. The answer names it, whichever step
     * it missed, so that a shifted page is never presented as complete.
     */
    @Test
    void aServiceMissingFromAnEarlierStepOfANumberedPageIsNamed() {
        String actor = FakeOperationLog.silentOnSecondPage("activity-service");
        given().header("Authorization", admin).when().get(LOG + "?size=6&page=2&actor=" + actor).then()
                .statusCode(200).body("page", is(2)).body("unavailable", org.hamcrest.Matchers.contains("activity-service"));
        given().header("Authorization", admin).when().get(LOG + "?size=6&page=0&actor=" + actor).then()
                .statusCode(200).body("items.size()", is(6)).body("unavailable", empty());
    }

    @Test
    void filtersPassToTheServicesAndServiceNarrowsTheList() {
        given().header("Authorization", admin)
                .when().get(LOG + "?service=pairing&outcome=REFUSED&from=2026-05-01&to=2026-05-31&actor=admin.zhang")
                .then().statusCode(200).body("total", is(5)).body("items.service", org.hamcrest.Matchers.everyItem(is("pairing-service")));
        assertThat(FakeServices.lastReceived("pairing-service", LOG).query())
                .contains("outcome=REFUSED", "from=2026-05-01", "to=2026-05-31", "actor=admin.zhang");

        given().header("Authorization", admin).when().get(LOG + "?service=ledger").then().statusCode(400)
                .body("errors[0].field", is("service"));
        given().header("Authorization", admin).when().get(LOG + "?page=50").then().statusCode(400)
                .body("errors[0].field", is("page")).body("errors[0].message", startsWith("须在 0 到 "));
        given().header("Authorization", admin).when().get(LOG + "?outcome=SOMETIMES").then().statusCode(400)
                .body("errors[0].field", is("outcome"));
        given().header("Authorization", admin).when().get(LOG + "?district=yuhu").then().statusCode(404);
        given().header("Authorization", Tokens.user("city.log").roles(Role.CITY_ADMIN).bearer()).when().get(LOG)
                .then().statusCode(400).body("errors[0].field", is("district"));
        // a city administrator whose account has a district and who names none reads that district
        given().header("Authorization", Tokens.user("city.log").roles(Role.CITY_ADMIN).district("yuhu").bearer())
                .when().get(LOG).then().statusCode(200);
        assertThat(FakeServices.lastReceived("registry-service", LOG).query()).contains("district=yuhu");
        given().header("Authorization", Tokens.user("reader.log").roles(Role.DASHBOARD_READER).district("xiangtan-htz").bearer())
                .when().get(LOG).then().statusCode(403);
        given().header("Authorization", Tokens.user("secretary.log").roles(Role.BRANCH_SECRETARY).district("xiangtan-htz").bearer())
                .when().get(LOG).then().statusCode(403);
    }

    @Test
    void theExportIsCsvWithAByteOrderMarkAndChineseHeaders() {
        byte[] csv = given().header("Authorization", admin).when().get(LOG + "/export?format=csv").then().statusCode(200)
                .header("Content-Type", startsWith("text/csv")).extract().asByteArray();
        assertThat(csv[0]).isEqualTo((byte) 0xEF);
        assertThat(csv[1]).isEqualTo((byte) 0xBB);
        assertThat(csv[2]).isEqualTo((byte) 0xBF);
        String text = new String(csv, StandardCharsets.UTF_8).substring(1);
        List<String> lines = text.lines().toList();
        assertThat(lines.get(0)).isEqualTo("时间,服务,操作人,角色,所属组织,区域,操作,对象,状态码,结果");
        assertThat(lines).hasSize(21);
        assertThat(lines.get(1)).startsWith("2026-05-30 16:00:00,组织登记服务,管理员甲,党工委管理员,");
        assertThat(text).contains(",403,拒绝");
        String english = new String(given().header("Authorization", admin).header("Accept-Language", "en")
                .when().get(LOG + "/export?format=csv").then().statusCode(200).extract().asByteArray(), StandardCharsets.UTF_8);
        assertThat(english.substring(1).lines().findFirst())
                .contains("Time,Service,Actor,Role,Organization,District,Action,Target,Status,Result");

        given().header("Authorization", admin).when().get(LOG + "/export?format=xls").then().statusCode(400)
                .body("errors[0].field", is("format")).body("errors[0].message", is("须为 csv"));
        given().header("Authorization", admin).header("Accept-Language", "en").when().get(LOG + "/export?format=xls")
                .then().statusCode(400).body("errors[0].field", is("format")).body("errors[0].message", is("must be csv"));
    }
}
