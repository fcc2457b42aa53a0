package org.gongjian.notification.rest;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.gongjian.events.organization.OrganizationRegistered;
import org.gongjian.events.organization.OrganizationSnapshot;
import org.gongjian.events.organization.Sector;
import org.gongjian.events.pairing.PairingActivated;
import org.gongjian.events.pairing.PairingStatus;
import org.gongjian.notification.Fixtures;
import org.gongjian.notification.Inboxes;
import org.gongjian.notification.Projections;
import org.gongjian.testing.KafkaTopics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/**
 * An organization manages its own endpoints: after it mends one that was disabled, it sends a test delivery to a real
 * receiver, enables it again, and reads every attempt, newest first; a test leaves the endpoint's failure count alone,
 * the target check still holds, and only the endpoint's managers reach any of it.
 */
@QuarkusTest
class WebhookManagementTest {

    @Inject
    Projections projections;

    private HttpServer server;

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void aDisabledEndpointIsTestedEnabledAgainAndItsAttemptsListedNewestFirst() throws Exception {
        Parties parties = registerParties();
        AtomicInteger answer = new AtomicInteger(503);
        List<Received> received = new CopyOnWriteArrayList<>();
        String url = startReceiver(answer, received);
        String secretary = Fixtures.secretaryToken(parties.enterprise.id(), parties.district);
        JsonPath registered = given().header("Authorization", secretary).contentType(ContentType.JSON)
                .body(Map.of("url", url)).when().post("/api/webhooks")
                .then().statusCode(201).extract().jsonPath();
        String id = registered.getString("id");
        String secret = registered.getString("secret");

        KafkaTopics.publish(new PairingActivated(Fixtures.pairing(parties.district, "接口故障期间的结对", PairingStatus.ACTIVE,
                1, parties.organ.id(), parties.enterprise.id())));
        Inboxes.awaitNotices(secretary, "WEBHOOK_DISABLED", UUID.fromString(id), 1);
        int failures = received.size();
        assertThat(failures).isGreaterThanOrEqualTo(4);

        // mended: a test delivery reaches it, signed like any notice, and leaves it disabled
        answer.set(204);
        given().header("Authorization", secretary).when().post("/api/webhooks/" + id + "/test-deliveries")
                .then().statusCode(200)
                .body("succeeded", is(true)).body("statusCode", is(204)).body("test", is(true))
                .body("error", nullValue()).body("durationMs", notNullValue()).body("attemptedAt", notNullValue());
        assertThat(received).hasSize(failures + 1);
        Received test = received.getLast();
        assertThat(test.body()).contains("\"type\":\"WEBHOOK_TEST\"").contains(parties.enterprise.id().toString())
                .contains("共建平台接口测试");
        assertThat(test.signature()).isEqualTo("sha256=" + hmac(secret, test.timestamp() + "." + test.body()));
        given().header("Authorization", secretary).when().get("/api/webhooks")
                .then().body("[0].enabled", is(false));

        given().header("Authorization", secretary).when().post("/api/webhooks/" + id + "/enablement")
                .then().statusCode(200)
                .body("enabled", is(true)).body("consecutiveFailures", is(0)).body("disabledAt", nullValue())
                .body("secret", nullValue());
        // enabling it again is no new effect
        given().header("Authorization", secretary).when().post("/api/webhooks/" + id + "/enablement")
                .then().statusCode(200).body("enabled", is(true));

        KafkaTopics.publish(new PairingActivated(Fixtures.pairing(parties.district, "接口修复后的结对", PairingStatus.ACTIVE,
                1, parties.organ.id(), parties.enterprise.id())));
        await().atMost(Duration.ofSeconds(30)).until(() -> received.size() == failures + 2);
        assertThat(received.getLast().body()).contains("接口修复后的结对");

        await().atMost(Duration.ofSeconds(10)).until(() -> projections.count(
                "SELECT count(*) FROM webhook_attempt WHERE endpoint_id = :id", UUID.fromString(id)) == failures + 2);
        JsonPath page = given().header("Authorization", secretary).queryParam("size", 2)
                .when().get("/api/webhooks/" + id + "/attempts")
                .then().statusCode(200).body("total", is(failures + 2)).body("size", is(2)).body("page", is(0))
                .extract().jsonPath();
        assertThat(page.getList("items.statusCode")).containsExactly(204, 204);
        assertThat(page.getList("items.test")).containsExactly(false, true);
        assertThat(page.getString("items[0].attemptedAt")).isGreaterThanOrEqualTo(page.getString("items[1].attemptedAt"));
        JsonPath rest = given().header("Authorization", Fixtures.committeeToken(parties.district))
                .queryParam("page", 1).queryParam("size", 2)
                .when().get("/api/webhooks/" + id + "/attempts")
                .then().statusCode(200).extract().jsonPath();
        assertThat(rest.getList("items.statusCode")).containsOnly(503);
        assertThat(rest.getList("items.succeeded")).containsOnly(false);
        assertThat(rest.getList("items.error")).containsOnly("HTTP 503");
        given().header("Authorization", secretary).queryParam("sort", "attemptedAt,asc")
                .when().get("/api/webhooks/" + id + "/attempts")
                .then().statusCode(200).body("items[0].statusCode", is(503));
        given().header("Authorization", secretary).queryParam("sort", "error,asc")
                .when().get("/api/webhooks/" + id + "/attempts")
                .then().statusCode(400).body("errors.field", hasItem("sort"));
    }

    @Test
    void aTestToAnEndpointThatIsDownIsAFailedAttemptAndLeavesTheEndpointAlone() throws Exception {
        Parties parties = registerParties();
        HttpServer closed = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        int port = closed.getAddress().getPort();
        closed.stop(0);
        String committee = Fixtures.committeeToken(parties.district);
        String id = given().header("Authorization", committee).contentType(ContentType.JSON)
                .body(Map.of("organizationId", parties.enterprise.id(), "url", "http://127.0.0.1:" + port + "/down"))
                .when().post("/api/webhooks").then().statusCode(201).extract().path("id");

        given().header("Authorization", committee).when().post("/api/webhooks/" + id + "/test-deliveries")
                .then().statusCode(200)
                .body("succeeded", is(false)).body("statusCode", nullValue()).body("error", notNullValue());
        given().header("Authorization", committee).queryParam("organizationId", parties.enterprise.id())
                .when().get("/api/webhooks")
                .then().body("[0].enabled", is(true)).body("[0].consecutiveFailures", is(0));
        given().header("Authorization", committee).when().get("/api/webhooks/" + id + "/attempts")
                .then().statusCode(200).body("total", is(1)).body("items[0].test", is(true));
    }

    @Test
    void theTargetCheckHoldsForTestsAndForEnablingAgain() {
        Parties parties = registerParties();
        AtomicInteger answer = new AtomicInteger(200);
        List<Received> received = new CopyOnWriteArrayList<>();
        String url = startReceiver(answer, received);
        String secretary = Fixtures.secretaryToken(parties.enterprise.id(), parties.district);
        String id = given().header("Authorization", secretary).contentType(ContentType.JSON)
                .body(Map.of("url", url)).when().post("/api/webhooks").then().statusCode(201).extract().path("id");
        // what a name resolves to can change after registration: here the endpoint now points at a private address
        projections.update("UPDATE webhook_endpoint SET url = 'http://10.0.0.7/hook', enabled = false, disabled_at = now()"
                + " WHERE id = CAST(:id AS uuid)", Map.of("id", id));

        given().header("Authorization", secretary).when().post("/api/webhooks/" + id + "/test-deliveries")
                .then().statusCode(200).body("succeeded", is(false))
                .body("error", org.hamcrest.Matchers.startsWith("target refused"));
        given().header("Authorization", secretary).when().post("/api/webhooks/" + id + "/enablement")
                .then().statusCode(400).body("errors.field", hasItem("url"));
        given().header("Authorization", secretary).when().get("/api/webhooks").then().body("[0].enabled", is(false));
        assertThat(received).isEmpty();
    }

    @Test
    void onlyTheEndpointsManagersEnableTestAndReadIt() {
        Parties parties = registerParties();
        String id = given().header("Authorization", Fixtures.committeeToken(parties.district)).contentType(ContentType.JSON)
                .body(Map.of("organizationId", parties.organ.id(), "url", "http://127.0.0.1:9/x"))
                .when().post("/api/webhooks").then().statusCode(201).extract().path("id");
        String otherSecretary = Fixtures.secretaryToken(parties.enterprise.id(), parties.district);
        String otherCommittee = Fixtures.committeeToken(Fixtures.district());
        String liaison = Fixtures.liaisonToken(parties.organ.id(), parties.district, parties.email);
        for (String token : List.of(otherSecretary, otherCommittee)) {
            given().header("Authorization", token).when().post("/api/webhooks/" + id + "/enablement").then().statusCode(404);
            given().header("Authorization", token).when().post("/api/webhooks/" + id + "/test-deliveries").then().statusCode(404);
            given().header("Authorization", token).when().get("/api/webhooks/" + id + "/attempts").then().statusCode(404);
        }
        given().header("Authorization", liaison).when().post("/api/webhooks/" + id + "/enablement").then().statusCode(403);
        given().header("Authorization", liaison).when().post("/api/webhooks/" + id + "/test-deliveries").then().statusCode(403);
        given().header("Authorization", liaison).when().get("/api/webhooks/" + id + "/attempts").then().statusCode(403);
        given().when().post("/api/webhooks/" + id + "/test-deliveries").then().statusCode(401);
        given().header("Authorization", Fixtures.committeeToken(parties.district))
                .when().post("/api/webhooks/" + UUID.randomUUID() + "/enablement").then().statusCode(404);
        assertThat(projections.count("SELECT count(*) FROM webhook_attempt WHERE endpoint_id = :id", UUID.fromString(id)))
                .isZero();
    }

    @Test
    void theCommitteeNamesTheOrganizationItRegistersAnEndpointFor() {
        String committee = Fixtures.committeeToken(Fixtures.district());
        Map<String, String> body = Map.of("url", "http://127.0.0.1:9/x");
        given().header("Authorization", committee).contentType(ContentType.JSON).body(body)
                .when().post("/api/webhooks").then().statusCode(400)
                .body("errors[0].field", is("organizationId")).body("errors[0].message", is("须指明组织"));
        given().header("Authorization", committee).header("Accept-Language", "en").contentType(ContentType.JSON).body(body)
                .when().post("/api/webhooks").then().statusCode(400)
                .body("errors[0].field", is("organizationId")).body("errors[0].message", is("must name the organization"));
    }

    private String startReceiver(AtomicInteger answer, List<Received> received) {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/", exchange -> {
            var headers = exchange.getRequestHeaders();
            received.add(new Received(headers.getFirst("X-Gongjian-Timestamp"), headers.getFirst("X-Gongjian-Signature"),
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            exchange.sendResponseHeaders(answer.get(), -1);
            exchange.close();
        });
        server.start();
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks/gongjian";
    }

    private record Received(String timestamp, String signature, String body) {
    }

    private static String hmac(String secret, String data) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(data.getBytes(StandardCharsets.UTF_8)));
    }

    private Parties registerParties() {
        String district = Fixtures.district();
        String email = Fixtures.email("manage");
        OrganizationSnapshot organ = Fixtures.organization(district, "区商务局党支部", Sector.ORGAN, "罗书记",
                Fixtures.liaison("方圆", email));
        OrganizationSnapshot enterprise = Fixtures.organization(district, "湘江物流党支部", Sector.NON_PUBLIC_ENTERPRISE,
                "邓书记", Fixtures.liaison("杜鹃", Fixtures.email("logistics")));
        KafkaTopics.publish(new OrganizationRegistered(organ));
        KafkaTopics.publish(new OrganizationRegistered(enterprise));
        projections.awaitOrganizations(List.of(organ.id(), enterprise.id()));
        return new Parties(district, email, organ, enterprise);
    }

    private record Parties(String district, String email, OrganizationSnapshot organ, OrganizationSnapshot enterprise) {
    }
}
