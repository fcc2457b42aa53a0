package org.gongjian.notification.rest;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.gongjian.events.organization.OrganizationRegistered;
import org.gongjian.events.organization.OrganizationSnapshot;
import org.gongjian.events.organization.Sector;
import org.gongjian.events.pairing.PairingActivated;
import org.gongjian.events.pairing.PairingActivated;
import org.gongjian.events.pairing.PairingSnapshot;
import org.gongjian.events.pairing.PairingStatus;
import org.gongjian.notification.Fixtures;
import org.gongjian.notification.Inboxes;
import org.gongjian.notification.Projections;
import org.gongjian.testing.KafkaTopics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/**
 * An organization's own system receives its notices as signed requests; a failing endpoint is retried with backoff,
 * every attempt logged, then disabled and the organization told.
 */
@QuarkusTest
class WebhookTest {

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
    void aRegisteredEndpointReceivesEachNoticeSignedWithItsSecret() throws Exception {
        Parties parties = registerParties();
        List<Received> received = new CopyOnWriteArrayList<>();
        AtomicReference<String> secret = new AtomicReference<>();
        String url = startServer(200, received);
        String secretary = Fixtures.secretaryToken(parties.enterprise.id(), parties.district);

        var registered = given().header("Authorization", secretary).contentType(ContentType.JSON)
                .body(Map.of("url", url, "description", "OA 系统"))
                .when().post("/api/webhooks")
                .then().statusCode(201).body("secret", notNullValue()).body("enabled", is(true))
                .body("organizationId", is(parties.enterprise.id().toString()))
                .extract().jsonPath();
        String id = registered.getString("id");
        String firstSecret = registered.getString("secret");
        secret.set(given().header("Authorization", secretary).contentType(ContentType.JSON)
                .body(Map.of("url", url + "/second")).when().post("/api/webhooks")
                .then().statusCode(201).extract().path("secret"));
        given().header("Authorization", secretary).when().get("/api/webhooks")
                .then().statusCode(200).body("size()", is(2)).body("secret", everyNull());

        PairingSnapshot pairing = Fixtures.pairing(parties.district, "数据局与云龙数据结对共建", PairingStatus.ACTIVE, 1,
                parties.organ.id(), parties.enterprise.id());
        UUID eventId = KafkaTopics.publish(new PairingActivated(pairing));

        await().atMost(Duration.ofSeconds(30)).until(() -> received.size() >= 2);
        Received second = received.stream().filter(request -> request.path.endsWith("/second")).findFirst().orElseThrow();
        assertThat(second.eventId).isEqualTo(eventId.toString());
        assertThat(second.signature).isEqualTo("sha256=" + hmac(secret.get(), second.timestamp + "." + second.body));
        assertThat(second.body).contains("\"type\":\"PAIRING_ACTIVATED\"").contains("数据局与云龙数据结对共建")
                .contains(parties.enterprise.id().toString());
        Received first = received.stream().filter(request -> !request.path.endsWith("/second")).findFirst().orElseThrow();
        assertThat(first.signature).isEqualTo("sha256=" + hmac(firstSecret, first.timestamp + "." + first.body));
        assertThat(firstSecret).isNotEqualTo(secret.get());

        await().pollDelay(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(4)).until(() -> true);
        assertThat(received).hasSize(2);

        given().header("Authorization", secretary).when().delete("/api/webhooks/" + id).then().statusCode(204);
        given().header("Authorization", secretary).when().get("/api/webhooks").then().body("size()", is(1));
    }

    @Test
    void anEndpointThatKeepsFailingIsRetriedThenDisabledAndTheOrganizationTold() {
        Parties parties = registerParties();
        List<Received> received = new CopyOnWriteArrayList<>();
        String url = startServer(503, received);
        String committee = Fixtures.committeeToken(parties.district);
        String id = given().header("Authorization", committee).contentType(ContentType.JSON)
                .body(Map.of("organizationId", parties.enterprise.id(), "url", url))
                .when().post("/api/webhooks").then().statusCode(201).extract().path("id");

        KafkaTopics.publish(new PairingActivated(Fixtures.pairing(parties.district, "持续失败的结对", PairingStatus.ACTIVE, 2,
                parties.organ.id(), parties.enterprise.id())));

        String secretary = Fixtures.secretaryToken(parties.enterprise.id(), parties.district);
        Inboxes.awaitNotices(secretary, "WEBHOOK_DISABLED", UUID.fromString(id), 1);
        assertThat(received).hasSizeGreaterThanOrEqualTo(4);
        // an attempt already in flight when the endpoint was disabled records its answer a moment later
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(projections.count(
                "SELECT count(*) FROM webhook_attempt WHERE endpoint_id = :id AND status_code = 503", UUID.fromString(id)))
                .isEqualTo(received.size()));
        given().header("Authorization", committee).queryParam("organizationId", parties.enterprise.id())
                .when().get("/api/webhooks")
                .then().statusCode(200).body("[0].enabled", is(false)).body("[0].disabledAt", notNullValue());
        assertThat(projections.count("SELECT count(*) FROM delivery WHERE target = CAST(:id AS text) AND status = 'DEAD'",
                UUID.fromString(id))).isEqualTo(1);
    }

    @Test
    void aRedirectIsNotFollowedAndCountsAsAFailedAttempt() throws Exception {
        Parties parties = registerParties();
        List<Received> elsewhere = new CopyOnWriteArrayList<>();
        String target = startServer(200, elsewhere);
        HttpServer redirecting = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        redirecting.createContext("/", exchange -> {
            exchange.getResponseHeaders().add("Location", target);
            exchange.sendResponseHeaders(307, -1);
            exchange.close();
        });
        redirecting.start();
        try {
            String id = given().header("Authorization", Fixtures.committeeToken(parties.district))
                    .contentType(ContentType.JSON)
                    .body(Map.of("organizationId", parties.enterprise.id(),
                            "url", "http://127.0.0.1:" + redirecting.getAddress().getPort() + "/hook"))
                    .when().post("/api/webhooks").then().statusCode(201).extract().path("id");
            KafkaTopics.publish(new PairingActivated(Fixtures.pairing(parties.district, "重定向的结对", PairingStatus.ACTIVE, 1,
                    parties.organ.id(), parties.enterprise.id())));
            await().atMost(Duration.ofSeconds(30)).until(() -> projections.count(
                    "SELECT count(*) FROM webhook_attempt WHERE endpoint_id = :id AND status_code = 307",
                    UUID.fromString(id)) >= 1);
            assertThat(elsewhere).isEmpty();
        } finally {
            redirecting.stop(0);
        }
    }

    @Test
    void theAllowListNamesHostsAsWrittenSoANameForLoopbackStaysRefused() {
        Parties parties = registerParties();
        String own = Fixtures.secretaryToken(parties.enterprise.id(), parties.district);
        for (String url : List.of("http://localhost:9/x", "http://2130706433:9/x", "http://[::1]:9/x", "http://127.0.0.2:9/x")) {
            given().header("Authorization", own).contentType(ContentType.JSON).body(Map.of("url", url))
                    .when().post("/api/webhooks").then().statusCode(400).body("errors.field", hasItem("url"));
        }
    }

    @Test
    void onlyTheCommitteeAndTheOrganizationsSecretaryManageItsEndpoints() {
        Parties parties = registerParties();
        String own = Fixtures.secretaryToken(parties.enterprise.id(), parties.district);
        given().header("Authorization", Fixtures.liaisonToken(parties.enterprise.id(), parties.district, parties.email))
                .contentType(ContentType.JSON).body(Map.of("url", "http://127.0.0.1:9/x"))
                .when().post("/api/webhooks").then().statusCode(403);
        given().header("Authorization", own).contentType(ContentType.JSON)
                .body(Map.of("organizationId", parties.organ.id(), "url", "http://127.0.0.1:9/x"))
                .when().post("/api/webhooks").then().statusCode(404);
        given().header("Authorization", Fixtures.committeeToken(Fixtures.district())).contentType(ContentType.JSON)
                .body(Map.of("organizationId", parties.enterprise.id(), "url", "http://127.0.0.1:9/x"))
                .when().post("/api/webhooks").then().statusCode(404);
        given().header("Authorization", own).contentType(ContentType.JSON).body(Map.of("url", "ftp://example.cn/x"))
                .when().post("/api/webhooks").then().statusCode(400).body("errors.field", hasItem("url"));
        given().header("Authorization", own).contentType(ContentType.JSON).body(Map.of("description", "no url"))
                .when().post("/api/webhooks").then().statusCode(400);
        given().header("Authorization", own).contentType(ContentType.JSON).body("{\"url\": ")
                .when().post("/api/webhooks").then().statusCode(400);
        String id = given().header("Authorization", Fixtures.committeeToken(parties.district)).contentType(ContentType.JSON)
                .body(Map.of("organizationId", parties.organ.id(), "url", "http://127.0.0.1:9/x"))
                .when().post("/api/webhooks").then().statusCode(201).extract().path("id");
        given().header("Authorization", own).when().delete("/api/webhooks/" + id).then().statusCode(404);
    }

    private String startServer(int status, List<Received> received) {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/", exchange -> {
            var headers = exchange.getRequestHeaders();
            received.add(new Received(exchange.getRequestURI().getPath(), headers.getFirst("X-Gongjian-Timestamp"),
                    headers.getFirst("X-Gongjian-Signature"), headers.getFirst("X-Gongjian-Event-Id"),
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks/gongjian";
    }

    private record Received(String path, String timestamp, String signature, String eventId, String body) {
    }

    private static String hmac(String secret, String data) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(data.getBytes(StandardCharsets.UTF_8)));
    }

    private static org.hamcrest.Matcher<Iterable<? extends Object>> everyNull() {
        return org.hamcrest.Matchers.everyItem(nullValue());
    }

    private Parties registerParties() {
        String district = Fixtures.district();
        String email = Fixtures.email("hook");
        OrganizationSnapshot organ = Fixtures.organization(district, "区数据局党支部", Sector.ORGAN, "蒋书记");
        OrganizationSnapshot enterprise = Fixtures.organization(district, "云龙数据党支部", Sector.NON_PUBLIC_ENTERPRISE,
                "沈书记", Fixtures.liaison("韩梅", email));
        KafkaTopics.publish(new OrganizationRegistered(organ));
        KafkaTopics.publish(new OrganizationRegistered(enterprise));
        projections.awaitOrganizations(List.of(organ.id(), enterprise.id()));
        return new Parties(district, email, organ, enterprise);
    }

    private record Parties(String district, String email, OrganizationSnapshot organ, OrganizationSnapshot enterprise) {
    }
}
