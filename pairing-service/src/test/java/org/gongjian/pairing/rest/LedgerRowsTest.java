package org.gongjian.pairing.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.gongjian.pairing.Fixtures;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;

/** The ledger's pairing and demand rows carry what the API shows of them, scoped like the API. */
@QuarkusTest
class LedgerRowsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    private final Fixtures fx = new Fixtures();

    @Test
    void pairingAndDemandRowsEqualTheApi() throws IOException {
        UUID[] pair = fx.activePair();
        String draft = given().header("Authorization", fx.admin()).contentType(ContentType.JSON)
                .body(Map.of("remarks", "共建扎实", "periodStart", "2025-05-16", "periodEnd", TODAY.toString()))
                .post("/api/pairings/" + pair[0] + "/evaluations").then().statusCode(201).extract().path("id");
        assertThat(rows("/api/pairings/ledger", fx.admin(), "2025-01-01", TODAY.toString()))
                .singleElement().satisfies(row -> assertThat(row.get("evaluation").isNull()).isTrue());
        given().header("Authorization", fx.admin()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("remarks", "审定")).post("/api/pairings/" + pair[0] + "/evaluations/" + draft + "/finalization")
                .then().statusCode(200);
        String demand = given().header("Authorization", fx.liaison(pair[2])).contentType(ContentType.JSON)
                .body(Map.of("category", "HIRING", "title", "招聘专场对接")).post("/api/pairings/" + pair[0] + "/demands")
                .then().statusCode(201).extract().path("id");
        given().header("Authorization", fx.secretary(pair[1])).contentType(ContentType.JSON)
                .body(Map.of("note", "已安排人社部门对接")).post("/api/demands/" + demand + "/acceptance").then().statusCode(200);
        given().header("Authorization", fx.secretary(pair[1])).contentType(ContentType.JSON)
                .body(Map.of("resolution", "举办专场招聘会")).post("/api/demands/" + demand + "/resolution").then().statusCode(200);

        JsonNode api = given().header("Authorization", fx.admin()).get("/api/pairings/" + pair[0]).then().statusCode(200)
                .extract().as(JsonNode.class);
        List<JsonNode> pairings = rows("/api/pairings/ledger", fx.admin(), "2025-01-01", TODAY.toString());
        assertThat(pairings).singleElement().satisfies(row -> {
            assertThat(row.get("id")).isEqualTo(api.get("id"));
            assertThat(row.get("title")).isEqualTo(api.get("title"));
            assertThat(row.get("type")).isEqualTo(api.get("type"));
            assertThat(row.get("plaqueNo")).isEqualTo(api.get("plaqueNo"));
            assertThat(row.get("termStart")).isEqualTo(api.get("term").get("start"));
            assertThat(row.get("cadenceCount")).isEqualTo(api.get("agreement").get("cadence").get("count"));
            assertThat(row.get("commitments")).isEqualTo(api.get("agreement").get("commitments"));
            assertThat(row.get("lead").asText()).startsWith("湘潭高新区纪检监察党支部");
            assertThat(row.get("partners").get(0).asText()).startsWith("嘉嘉美党支部");
            assertThat(row.get("evaluation").get("rating").asText()).isNotBlank();
        });

        JsonNode apiDemand = given().header("Authorization", fx.admin()).get("/api/demands/" + demand).then()
                .statusCode(200).extract().as(JsonNode.class);
        List<JsonNode> demands = rows("/api/demands/ledger", fx.admin(), TODAY.minusDays(1).toString(), TODAY.toString());
        assertThat(demands).singleElement().satisfies(row -> {
            assertThat(row.get("title").asText()).isEqualTo("招聘专场对接");
            assertThat(row.get("status")).isEqualTo(apiDemand.get("status"));
            assertThat(row.get("resolution")).isEqualTo(apiDemand.get("resolution"));
            assertThat(row.get("dueOn")).isEqualTo(apiDemand.get("dueOn"));
            assertThat(row.get("history")).extracting(h -> h.get("to").asText()).containsExactly("OPEN", "ACCEPTED", "RESOLVED");
            assertThat(row.get("history").get(1).get("note").asText()).isEqualTo("已安排人社部门对接");
            assertThat(row.get("resolvedOn").asText()).isEqualTo(TODAY.toString());
            assertThat(row.get("daysToResolve").asInt()).isZero();
            assertThat(row.get("onTime").asBoolean()).isTrue();
        });
        assertThat(rows("/api/demands/ledger", fx.admin(), "2025-01-01", TODAY.minusDays(1).toString())).isEmpty();

        assertThat(rows("/api/pairings/ledger", fx.secretary(pair[2]), "2025-01-01", TODAY.toString())).hasSize(1);
        assertThat(rows("/api/demands/ledger", fx.secretary(UUID.randomUUID()), "2025-01-01", TODAY.toString())).isEmpty();
        given().header("Authorization", fx.secretary(pair[2])).queryParam("from", "2025-01-01").queryParam("to", "2025-12-31")
                .queryParam("organizationId", pair[1]).get("/api/pairings/ledger").then().statusCode(404);
        given().header("Authorization", fx.reader()).queryParam("from", "2025-01-01").queryParam("to", "2025-12-31")
                .get("/api/demands/ledger").then().statusCode(403);
    }

    @Test
    void aProposedPairingIsNotInTheLedgerAndBadRangesAreNamed() throws IOException {
        fx.proposedPair();
        assertThat(rows("/api/pairings/ledger", fx.admin(), "2025-01-01", TODAY.toString())).isEmpty();
        given().header("Authorization", fx.admin()).queryParam("from", "2025-01-01").queryParam("to", "2028-01-02")
                .get("/api/pairings/ledger").then().statusCode(400).body("errors.field", hasItem("to"));
        given().header("Authorization", fx.admin()).queryParam("from", "yesterday").queryParam("to", "2025-01-02")
                .get("/api/demands/ledger").then().statusCode(400).body("errors.field", hasItem("from"));
    }

    private static List<JsonNode> rows(String path, String token, String from, String to) throws IOException {
        String body = given().header("Authorization", token).queryParam("from", from).queryParam("to", to).get(path)
                .then().statusCode(200).contentType("application/x-ndjson").extract().asString();
        List<JsonNode> rows = new ArrayList<>();
        for (String line : body.split("\n")) {
            rows.add(JSON.readTree(line));
        }
        JsonNode trailer = rows.removeLast();
        assertThat(trailer.get("rows").asInt()).isEqualTo(rows.size());
        return rows;
    }
}
