package org.gongjian.registry.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.gongjian.rest.Role;
import org.gongjian.testing.OperationLogContract;
import org.gongjian.testing.ServiceOperationLogContract;
import org.gongjian.testing.Tokens;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.gongjian.registry.support.Registry.admin;
import static org.gongjian.registry.support.Registry.as;
import static org.gongjian.registry.support.Registry.enterprise;
import static org.gongjian.registry.support.Registry.newDistrict;
import static org.gongjian.registry.support.Registry.registered;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

/** The register's operation log: every write recorded once, append-only, read within the reader's scope. */
@QuarkusTest
class OperationLogTest extends ServiceOperationLogContract {

    @Override
    protected OperationLogContract seeded(OperationLogContract contract) {
        String district = newDistrict();
        String id = registered(district, enterprise("湘潭日志契约党支部"));
        return contract.token(admin(district)).pathValues((template, name) -> id);
    }

    @Override
    protected List<String> operationsItMustHave() {
        return List.of("POST /api/organizations", "PUT /api/organizations/{id}", "POST /api/organizations/{id}/dissolution",
                "POST /api/organizations/imports");
    }

    @Test
    void theCommitteeReadsItsDistrictAndASecretaryTheEntriesAboutItsOrganization() {
        String district = newDistrict();
        String own = registered(district, enterprise("湘潭日志甲党支部"));
        String other = registered(district, enterprise("湘潭日志乙党支部"));
        String secretary = Tokens.user("secretary.li").roles(Role.BRANCH_SECRETARY).district(district).org(own).bearer();
        given().header("Authorization", secretary).contentType(ContentType.JSON).body(Map.of("reason", "x"))
                .when().post("/api/organizations/" + other + "/dissolution").then().statusCode(403);
        given().header("Authorization", admin(district)).contentType(ContentType.JSON).body(enterprise("湘潭日志甲党支部"))
                .when().put("/api/organizations/" + own).then().statusCode(428);

        given().header("Authorization", admin(district)).when().get("/api/operation-log").then().statusCode(200)
                .body("total", equalTo(4))
                .body("items[0].action", equalTo("PUT /api/organizations/{id}"))
                .body("items[0].outcome", equalTo(428))
                .body("items[0].target", equalTo(own))
                .body("items[1].action", equalTo("POST /api/organizations/{id}/dissolution"))
                .body("items[1].outcome", equalTo(403))
                .body("items[1].target", equalTo(other))
                .body("items[1].actor.name", equalTo("secretary.li"))
                .body("items[1].actor.subject", equalTo(Tokens.subjectOf("secretary.li")))
                .body("items[1].role", equalTo(Role.BRANCH_SECRETARY))
                .body("items[1].organizationId", equalTo(own))
                .body("items[1].district", equalTo(district))
                .body("items[1].service", equalTo("registry-service"))
                .body("items[3].action", equalTo("POST /api/organizations"))
                .body("items[3].outcome", equalTo(201))
                .body("items[3].target", equalTo(null));

        given().header("Authorization", secretary).when().get("/api/operation-log").then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.target", equalTo(List.of(own, other)));
        given().header("Authorization", admin(district)).when().get("/api/operation-log?target=" + other).then()
                .statusCode(200).body("total", equalTo(1)).body("items[0].actor.name", equalTo("secretary.li"));

        given().header("Authorization", admin(newDistrict())).when().get("/api/operation-log").then().statusCode(200)
                .body("total", equalTo(0));
        given().header("Authorization", admin(newDistrict())).when().get("/api/operation-log?district=" + district)
                .then().statusCode(404);
        given().header("Authorization", as(Role.DASHBOARD_READER, district, null)).when().get("/api/operation-log")
                .then().statusCode(403);
        given().header("Authorization", Tokens.user("city.wang").roles(Role.CITY_ADMIN).bearer())
                .when().get("/api/operation-log").then().statusCode(400).body("errors[0].field", equalTo("district"));
        // a city administrator whose account has a district and who names none reads that district
        given().header("Authorization", Tokens.user("city.wang").roles(Role.CITY_ADMIN).district(district).bearer())
                .when().get("/api/operation-log?size=200").then().statusCode(200)
                .body("items.findAll { it.district == '" + district + "' }.size()", equalTo(4))
                .body("items.findAll { it.district != null && it.district != '" + district + "' }.size()", equalTo(0));
        // the district's four, beside the city-level entries that city administrators read with every district
        given().header("Authorization", Tokens.user("city.wang").roles(Role.CITY_ADMIN).bearer())
                .when().get("/api/operation-log?size=200&district=" + district).then().statusCode(200)
                .body("items.findAll { it.district == '" + district + "' }.size()", equalTo(4))
                .body("items.findAll { it.district != null && it.district != '" + district + "' }.size()", equalTo(0));
    }

    @Test
    void aCityAdministratorsWriteIsInTheDistrictItNamedAndOneThatNamedNoneIsReadByCityAdministrators() {
        String district = newDistrict();
        String city = Tokens.user("city.zhao").roles(Role.CITY_ADMIN).bearer();
        given().header("Authorization", city).contentType(ContentType.JSON).body(enterprise("湘潭市级日志党支部"))
                .when().post("/api/organizations?district=" + district).then().statusCode(403);

        given().header("Authorization", admin(district)).when().get("/api/operation-log").then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].actor.name", equalTo("city.zhao"))
                .body("items[0].role", equalTo(Role.CITY_ADMIN))
                .body("items[0].district", equalTo(district))
                .body("items[0].outcome", equalTo(403));

        // naming no district, it acted at the city level: no district's committee reads it, city administrators do
        given().header("Authorization", city).contentType(ContentType.JSON).body(enterprise("湘潭市级日志党支部"))
                .when().post("/api/organizations").then().statusCode(403);
        given().header("Authorization", admin(district)).when().get("/api/operation-log").then().statusCode(200)
                .body("total", equalTo(1));
        given().header("Authorization", Tokens.user("city.qian").roles(Role.CITY_ADMIN).bearer())
                .when().get("/api/operation-log?actor=city.zhao&district=" + newDistrict()).then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].district", equalTo(null));
        given().header("Authorization", Tokens.user("city.qian").roles(Role.CITY_ADMIN).bearer())
                .when().get("/api/operation-log?actor=city.zhao&district=" + district).then().statusCode(200)
                .body("total", equalTo(2));
    }

    @Test
    void entriesFilterByOutcomeActorAndTimeAndPageByCursorNewestFirst() {
        String district = newDistrict();
        for (int i = 0; i < 3; i++) {
            registered(district, enterprise("湘潭日志分页" + i + "党支部"));
        }
        given().header("Authorization", admin(district)).contentType(ContentType.JSON).body("{}")
                .when().post("/api/organizations").then().statusCode(400);
        String token = admin(district);

        given().header("Authorization", token).when().get("/api/operation-log?outcome=REFUSED").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].outcome", equalTo(400));
        given().header("Authorization", token).when().get("/api/operation-log?outcome=SUCCEEDED&actor=admin.zhang")
                .then().statusCode(200).body("total", equalTo(3));
        given().header("Authorization", token).when().get("/api/operation-log?from=2000-01-01&to=2000-12-31")
                .then().statusCode(200).body("total", equalTo(0));

        var first = given().header("Authorization", token).when().get("/api/operation-log?size=3").then().statusCode(200)
                .body("items.size()", equalTo(3)).body("next", notNullValue()).extract();
        String next = first.path("next");
        String lastOfFirst = first.path("items[2].id");
        String firstTime = first.path("items[0].occurredAt");
        given().header("Authorization", token).when().get("/api/operation-log?size=3&after=" + next).then()
                .statusCode(200).body("items.size()", equalTo(1)).body("items.id", not(hasItem(lastOfFirst)))
                .body("next", equalTo(null)).body("items[0].outcome", equalTo(201));
        assertThat(firstTime).isNotBlank();

        given().header("Authorization", token).when().get("/api/operation-log?after=nonsense").then().statusCode(400)
                .body("errors[0].field", equalTo("after"));
        given().header("Authorization", token).when().get("/api/operation-log?outcome=MAYBE").then().statusCode(400)
                .body("errors[0].field", equalTo("outcome"));
        given().header("Authorization", token).when().get("/api/operation-log?from=2025-02-01&to=2025-01-01").then()
                .statusCode(400).body("errors[0].field", equalTo("to"));
    }
}
