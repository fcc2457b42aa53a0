package org.gongjian.notification.rest;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.gongjian.events.organization.OrganizationRegistered;
import org.gongjian.events.organization.OrganizationSnapshot;
import org.gongjian.events.organization.Sector;
import org.gongjian.events.pairing.PairingActivated;
import org.gongjian.events.pairing.PairingStatus;
import org.gongjian.notification.Fixtures;
import org.gongjian.notification.Projections;
import org.gongjian.testing.KafkaTopics;
import org.junit.jupiter.api.Test;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;

/**
 * With no allow-list (the production default), a webhook can reach no internal address, however it is spelt: neither
 * at registration (400 naming {@code url}) nor at a send, where a name that now resolves to loopback is refused.
 */
@QuarkusTest
@TestProfile(WebhookTargetTest.NoAllowList.class)
class WebhookTargetTest {

    public static class NoAllowList implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("gongjian.notification.webhooks.allowed-targets", "");
        }
    }

    /** Each an internal address: loopback, unspecified, private, link-local, unique-local, multicast. */
    static final List<String> INTERNAL = List.of(
            "http://127.0.0.1/hook",
            "http://127.0.0.1:15432/",
            "https://127.0.0.1:8180/realms/gongjian",
            "http://[::1]/hook",
            "http://[0:0:0:0:0:0:0:1]:8084/hook",
            "http://0.0.0.0:8084/hook",
            "http://[::]/hook",
            "http://2130706433/hook",
            "http://0x7f000001/hook",
            "http://0x7f.0.0.1/hook",
            "http://0177.0.0.1/hook",
            "http://127.1/hook",
            "http://017700000001/hook",
            "http://localhost@127.0.0.1/hook",
            "http://user:pass@example.org/hook",
            "http://localhost/hook",
            "http://LOCALHOST.:8084/hook",
            "http://[::ffff:127.0.0.1]/hook",
            "http://[::ffff:7f00:1]/hook",
            "http://[::127.0.0.1]/hook",
            "http://[64:ff9b::7f00:1]/hook",
            "http://[2002:7f00:1::]/hook",
            "http://10.0.0.5/hook",
            "http://172.16.3.4/hook",
            "http://172.31.255.255/hook",
            "http://192.168.1.1/hook",
            "http://100.64.0.1/hook",
            "http://169.254.169.254/latest/meta-data",
            "http://[fe80::1]/hook",
            "http://[fc00::1]/hook",
            "http://[fd12:3456::1]/hook",
            "http://[fec0::1]/hook",
            "http://224.0.0.1/hook",
            "http://239.255.255.250:1900/",
            "http://255.255.255.255/hook",
            "http://[ff02::1]/hook",
            "http://[::ffff:10.0.0.1]/hook",
            "http://[::ffff:169.254.169.254]/hook",
            "http://host.that.does.not.resolve.invalid/hook");

    @Inject
    Projections projections;

    @Test
    void registrationRefusesEveryInternalAddressFormNamingTheUrl() {
        OrganizationSnapshot organization = organization();
        String secretary = Fixtures.secretaryToken(organization.id(), organization.district());
        for (String url : INTERNAL) {
            given().header("Authorization", secretary).contentType(ContentType.JSON).body(Map.of("url", url))
                    .when().post("/api/webhooks")
                    .then().statusCode(400).body("errors.field", hasItem("url"));
        }
        assertThat(projections.count("SELECT count(*) FROM webhook_endpoint WHERE organization_id = :id",
                organization.id())).isZero();
    }

    @Test
    void aTargetThatNowResolvesToLoopbackIsRefusedAtTheSend() throws Exception {
        AtomicInteger hits = new AtomicInteger();
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/", exchange -> {
            hits.incrementAndGet();
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        receiver.start();
        try {
            OrganizationSnapshot enterprise = organization();
            OrganizationSnapshot organ = Fixtures.organization(enterprise.district(), "区住建局党支部", Sector.ORGAN, "马书记");
            KafkaTopics.publish(new OrganizationRegistered(organ));
            projections.awaitOrganizations(List.of(organ.id()));
            // registered while its name resolved to a public address; the name now resolves to loopback
            UUID endpoint = UUID.randomUUID();
            projections.update("""
                    INSERT INTO webhook_endpoint (id, organization_id, district, url, secret, created_at)
                    VALUES (:id, :organization, :district, :url, :secret, :at)""",
                    Map.of("id", endpoint, "organization", enterprise.id(), "district", enterprise.district(),
                            "url", "http://localhost:" + receiver.getAddress().getPort() + "/hook",
                            "secret", "0".repeat(64), "at", OffsetDateTime.now()));

            KafkaTopics.publish(new PairingActivated(Fixtures.pairing(enterprise.district(), "住建局与企业结对共建",
                    PairingStatus.ACTIVE, 1, organ.id(), enterprise.id())));

            await().atMost(Duration.ofSeconds(30)).until(() -> projections.count(
                    "SELECT count(*) FROM webhook_attempt WHERE endpoint_id = :id AND error LIKE 'target refused%'",
                    endpoint) >= 1);
            assertThat(hits.get()).isZero();
            assertThat(projections.count(
                    "SELECT count(*) FROM webhook_attempt WHERE endpoint_id = :id AND status_code IS NOT NULL", endpoint))
                    .isZero();
        } finally {
            receiver.stop(0);
        }
    }

    private OrganizationSnapshot organization() {
        String district = Fixtures.district();
        OrganizationSnapshot enterprise = Fixtures.organization(district, "云帆科技党支部", Sector.NON_PUBLIC_ENTERPRISE,
                "冯书记", Fixtures.liaison("周敏", Fixtures.email("hook")));
        KafkaTopics.publish(new OrganizationRegistered(enterprise));
        projections.awaitOrganizations(List.of(enterprise.id()));
        return enterprise;
    }
}
