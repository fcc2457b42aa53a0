package org.gongjian.activity.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.gongjian.activity.Fixtures;
import org.gongjian.activity.TestClock;
import org.gongjian.events.pairing.CadencePeriod;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;

/** The ledger's activity and cadence rows carry the figures of /api/cadence, and follow a decided dispute. */
@QuarkusTest
class LedgerRowsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    TestClock clock;

    @Inject
    AgroalDataSource dataSource;

    @TestHTTPResource("/api/activities/ledger")
    URL activityLedger;

    private Fixtures f;

    @BeforeEach
    void julyAfterAMonthlyPairingsJune() {
        f = Fixtures.activePairing("led-" + UUID.randomUUID().toString().substring(0, 8), LocalDate.of(2025, 5, 1), 1,
                CadencePeriod.MONTH);
        clock.set(Instant.parse("2025-07-05T02:00:00Z"));
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void cadenceRowsEqualTheCadenceApiAndActivitiesShowTheirConfirmationState() throws IOException {
        String kept = f.kept("2025-06-10T09:30:00+08:00", "2025-06-10T11:30:00+08:00");
        String awaiting = f.held("2025-06-20T09:30:00+08:00", "2025-06-20T11:30:00+08:00");
        f.scheduled("2025-07-20T09:30:00+08:00", "2025-07-20T11:30:00+08:00");

        List<JsonNode> cadence = rows("/api/cadence/ledger", f.admin(), "2025-05-15", "2025-07-31");
        assertThat(cadence).extracting(r -> r.get("period").asText()).containsExactly("2025-05", "2025-06", "2025-07");
        for (JsonNode row : cadence) {
            JsonNode api = given().header("Authorization", f.admin()).queryParam("pairingId", f.pairing)
                    .queryParam("period", row.get("period").asText()).get("/api/cadence").then().statusCode(200)
                    .extract().as(JsonNode.class).get("items").get(0);
            for (String figure : List.of("required", "held", "kept", "awaitingConfirmation", "disputed", "status")) {
                assertThat(row.get(figure)).as(row.get("period") + " " + figure).isEqualTo(api.get(figure));
            }
        }
        assertThat(cadence.get(1).get("held").asInt()).isEqualTo(2);
        assertThat(cadence.get(1).get("kept").asInt()).isEqualTo(1);

        List<JsonNode> activities = rows("/api/activities/ledger", f.admin(), "2025-06-01", "2025-07-31");
        assertThat(activities).extracting(r -> r.get("id").asText()).hasSize(3).startsWith(kept, awaiting);
        JsonNode first = activities.getFirst();
        assertThat(first.get("title").asText()).isEqualTo("庆\"六一\"主题党日");
        assertThat(first.get("date").asText()).isEqualTo("2025-06-10");
        assertThat(first.get("time").asText()).isEqualTo("09:30");
        assertThat(first.get("confirmation").asText()).isEqualTo("CONFIRMED");
        assertThat(first.get("participants")).extracting(JsonNode::asText)
                .containsExactly("湘潭高新区纪检监察党支部", "湖南华菱线缆股份有限公司党委");
        assertThat(first.get("attendance").get(0).get("organization").asText()).isEqualTo("湘潭高新区纪检监察党支部");
        assertThat(first.get("attendance").get(0).get("lead").asBoolean()).isTrue();
        assertThat(first.get("attendance").get(1).get("full").asInt()).isEqualTo(20);
        assertThat(first.get("photos").asInt()).isZero();
        assertThat(activities.get(1).get("confirmation").asText()).isEqualTo("AWAITING_CONFIRMATION");
        assertThat(activities.get(2).get("status").asText()).isEqualTo("PLANNED");
        assertThat(activities.get(2).get("confirmation").isNull()).isTrue();
    }

    @Test
    void anUpheldDisputeTakesTheActivityOutOfTheLedgersCounts() throws IOException {
        String id = f.held("2025-06-10T09:30:00+08:00", "2025-06-10T11:30:00+08:00");
        given().header("Authorization", f.partnerSecretary()).header("If-Match", "\"1\"").contentType(ContentType.JSON)
                .body(Map.of("reason", "当天我支部未参加")).post("/api/activities/" + id + "/dispute").then().statusCode(200);
        assertThat(june().get("disputed").asInt()).isEqualTo(1);
        given().header("Authorization", f.admin()).header("If-Match", "\"2\"").contentType(ContentType.JSON)
                .body(Map.of("outcome", "UPHELD", "reason", "经核实，活动未按报告开展"))
                .post("/api/activities/" + id + "/dispute/resolution").then().statusCode(200);

        JsonNode june = june();
        assertThat(june.get("held").asInt()).isZero();
        assertThat(june.get("kept").asInt()).isZero();
        assertThat(june.get("status").asText()).isEqualTo("MISSED");
        List<JsonNode> activities = rows("/api/activities/ledger", f.admin(), "2025-06-01", "2025-06-30");
        assertThat(activities).singleElement().satisfies(r -> {
            assertThat(r.get("confirmation").asText()).isEqualTo("DISPUTE_UPHELD");
            assertThat(r.get("kept").asBoolean()).isFalse();
        });
    }

    @Test
    void aSecretaryGetsItsOwnOrganizationsPairingsOnlyAndADashboardReaderNothing() throws IOException {
        f.kept("2025-06-10T09:30:00+08:00", "2025-06-10T11:30:00+08:00");
        assertThat(rows("/api/activities/ledger", f.partnerSecretary(), "2025-06-01", "2025-06-30")).hasSize(1);
        assertThat(rows("/api/activities/ledger", f.outsiderSecretary(), "2025-06-01", "2025-06-30")).isEmpty();
        assertThat(rows("/api/cadence/ledger", f.outsiderSecretary(), "2025-06-01", "2025-06-30")).isEmpty();
        given().header("Authorization", f.partnerSecretary()).queryParam("from", "2025-06-01").queryParam("to", "2025-06-30")
                .queryParam("organizationId", f.lead).get("/api/activities/ledger").then().statusCode(404);
        given().header("Authorization", f.admin()).queryParam("from", "2025-06-01").queryParam("to", "2025-06-30")
                .queryParam("district", "another-district").get("/api/activities/ledger").then().statusCode(404);
        given().header("Authorization", f.dashboard()).queryParam("from", "2025-06-01").queryParam("to", "2025-06-30")
                .get("/api/activities/ledger").then().statusCode(403);
        given().header("Authorization", f.partnerContact()).queryParam("from", "2025-06-01").queryParam("to", "2025-06-30")
                .get("/api/cadence/ledger").then().statusCode(403);
    }

    @Test
    void aDownloadBrokenOffStopsItsQueryAndFreesItsConnection() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("""
                    INSERT INTO activity (id, district, pairing_id, title, type, starts_at, starts_offset, ends_at, ends_offset,
                                          location, participant_ids, status, created_at, version)
                    SELECT gen_random_uuid(), '%s', '%s', '联建活动第' || g || '期', 'STUDY_SESSION',
                           TIMESTAMPTZ '2025-06-01 01:00:00+00' + g * interval '1 minute', 28800,
                           TIMESTAMPTZ '2025-06-01 03:00:00+00' + g * interval '1 minute', 28800, '党群服务中心',
                           ARRAY['%s', '%s']::uuid[], 'PLANNED', now(), 1
                    FROM generate_series(1, 30000) g""".formatted(f.district, f.pairing, f.lead, f.partner));
        }
        // a plain socket, closed for sure: the download's reader goes away in the middle of the rows
        try (Socket socket = new Socket(activityLedger.getHost(), activityLedger.getPort())) {
            socket.getOutputStream().write(("GET " + activityLedger.getPath() + "?from=2025-06-01&to=2025-06-30 HTTP/1.1\r\n"
                    + "Host: " + activityLedger.getHost() + "\r\nAuthorization: " + f.admin() + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            byte[] start = socket.getInputStream().readNBytes(4096);
            assertThat(new String(start, StandardCharsets.UTF_8)).startsWith("HTTP/1.1 200");
            await().until(() -> ledgerQueries() == 1);
        }
        await().atMost(java.time.Duration.ofSeconds(20)).until(() -> ledgerQueries() == 0);
        assertThat(rows("/api/activities/ledger", f.admin(), "2025-06-01", "2025-06-30")).hasSize(30_000);
    }

    /** The ledger queries PostgreSQL holds open, running or waiting for their next fetch (a query's text is kept cut short). */
    private long ledgerQueries() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("""
                        SELECT count(*) FROM pg_stat_activity
                        WHERE pid <> pg_backend_pid() AND state <> 'idle' AND query LIKE 'WITH p AS (SELECT v.id, v.title, v.lead_id FROM pairing_view v%'""")) {
            r.next();
            return r.getLong(1);
        }
    }

    @Test
    void badRangesAnswer400NamingTheParameter() {
        bad("/api/activities/ledger", null, "2025-06-30").body("errors.field", hasItem("from"));
        bad("/api/activities/ledger", "2025-06-01", "30.06.2025").body("errors.field", hasItem("to"));
        bad("/api/cadence/ledger", "2025-07-01", "2025-06-30").body("errors.field", hasItem("to"));
        bad("/api/cadence/ledger", "2021-01-01", "2025-06-30").body("errors.field", hasItem("to"));
        given().header("Authorization", f.admin()).queryParam("from", "2025-06-01").queryParam("to", "2025-06-30")
                .queryParam("organizationId", "x").get("/api/cadence/ledger").then().statusCode(400)
                .body("errors.field", hasItem("organizationId"));
    }

    private ValidatableResponse bad(String path, String from, String to) {
        var request = given().header("Authorization", f.admin());
        if (from != null) {
            request = request.queryParam("from", from);
        }
        return request.queryParam("to", to).get(path).then().statusCode(400).contentType("application/problem+json");
    }

    private JsonNode june() throws IOException {
        return rows("/api/cadence/ledger", f.admin(), "2025-06-01", "2025-06-30").getFirst();
    }

    /** The rows of a ledger stream, checked to end with its trailer. */
    static List<JsonNode> rows(String path, String token, String from, String to) throws IOException {
        String body = given().header("Authorization", token).queryParam("from", from).queryParam("to", to).get(path)
                .then().statusCode(200).contentType("application/x-ndjson").extract().asString();
        List<JsonNode> rows = new ArrayList<>();
        for (String line : body.split("\n")) {
            rows.add(JSON.readTree(line));
        }
        JsonNode trailer = rows.removeLast();
        assertThat(trailer.get("end").asBoolean()).isTrue();
        assertThat(trailer.get("rows").asInt()).isEqualTo(rows.size());
        return rows;
    }
}
