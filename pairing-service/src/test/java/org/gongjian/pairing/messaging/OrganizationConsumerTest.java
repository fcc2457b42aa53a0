package org.gongjian.pairing.messaging;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.gongjian.events.Topics;
import org.gongjian.events.organization.OrganizationStatus;
import org.gongjian.events.organization.OrganizationUpdated;
import org.gongjian.events.organization.Sector;
import org.gongjian.events.pairing.PairingSuspended;
import org.gongjian.pairing.Fixtures;
import org.gongjian.pairing.domain.Organization;
import org.gongjian.testing.KafkaTopics;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.is;

@QuarkusTest
class OrganizationConsumerTest {

    private final Fixtures fx = new Fixtures();

    @Test
    void aStaleOrRedeliveredEventNeverOverwritesANewerOne() {
        UUID id = fx.enterprise("湖南华菱线缆股份有限公司党委");
        KafkaTopics.publish(new OrganizationUpdated(Fixtures.snapshot(id, fx.district, "华菱线缆党委（新）",
                Sector.NON_PUBLIC_ENTERPRISE, OrganizationStatus.ACTIVE, 3)));
        await().atMost(Duration.ofSeconds(20)).until(() -> organization(id).registryVersion == 3);

        UUID redelivered = KafkaTopics.publish(new OrganizationUpdated(Fixtures.snapshot(id, fx.district, "旧名称",
                Sector.NON_PUBLIC_ENTERPRISE, OrganizationStatus.ACTIVE, 2)));
        KafkaTopics.publish(new OrganizationUpdated(Fixtures.snapshot(id, fx.district, "华菱线缆党委（v4）",
                Sector.SOCIAL_ORGANIZATION, OrganizationStatus.ACTIVE, 4)), redelivered);
        // same key, same partition: once this last one is applied, the two before it have been too
        UUID last = KafkaTopics.publish(new OrganizationUpdated(Fixtures.snapshot(id, fx.district, "同版本",
                Sector.NON_PUBLIC_ENTERPRISE, OrganizationStatus.ACTIVE, 3)));
        await().atMost(Duration.ofSeconds(20)).until(() -> QuarkusTransaction.requiringNew().call(() ->
                ((Number) Organization.getEntityManager().createNativeQuery(
                        "SELECT count(*) FROM processed_event WHERE event_id = :id").setParameter("id", last)
                        .getSingleResult()).intValue() == 1));

        Organization projected = organization(id);
        assertThat(projected.name).isEqualTo("华菱线缆党委（新）");
        assertThat(projected.registryVersion).isEqualTo(3);
        assertThat(projected.sector).isEqualTo(Sector.NON_PUBLIC_ENTERPRISE);
    }

    @Test
    void dissolvingAMemberSuspendsItsActivePairingsWithThatReason() {
        UUID[] pair = fx.activePair();
        UUID[] untouched = fx.activePair();
        fx.dissolve(pair[2], "嘉嘉美党支部", Sector.NON_PUBLIC_ENTERPRISE, 2);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().header("Authorization", fx.admin()).when().get("/api/pairings/" + pair[0]).then()
                        .body("status", is("SUSPENDED"))
                        .body("statusReason", is("成员组织“嘉嘉美党支部”已撤销：企业注销")));
        given().header("Authorization", fx.admin()).when().get("/api/pairings/" + untouched[0]).then()
                .body("status", is("ACTIVE"));
        assertThat(KafkaTopics.recordsOfType(Topics.PAIRING, PairingSuspended.TYPE, 1, Duration.ofSeconds(20)))
                .filteredOn(record -> record.key().equals(pair[0].toString())).hasSize(1);

        // a dissolved member cannot come back by resumption
        given().header("Authorization", fx.admin()).when().post("/api/pairings/" + pair[0] + "/resumption")
                .then().statusCode(409);
        given().header("Authorization", fx.reader()).when().get("/api/pairings/coverage").then()
                .body("twoNewTotal", is(1)).body("twoNewPaired", is(1));
    }

    @Test
    void anOrganizationOfAnotherDistrictStaysInItsOwnDistrict() {
        Fixtures elsewhere = new Fixtures();
        UUID foreign = elsewhere.enterprise("万达商圈党支部");
        assertThat(organization(foreign).district).isEqualTo(elsewhere.district);
        given().header("Authorization", fx.reader()).when().get("/api/pairings/coverage").then()
                .body("twoNewTotal", is(0)).body("rate", is(0.0f));
    }

    private static Organization organization(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> Organization.<Organization>findById(id));
    }
}
