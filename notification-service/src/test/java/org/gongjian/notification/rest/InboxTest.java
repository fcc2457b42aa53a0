package org.gongjian.notification.rest;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.gongjian.events.organization.OrganizationRegistered;
import org.gongjian.events.organization.OrganizationSnapshot;
import org.gongjian.events.organization.Sector;
import org.gongjian.events.pairing.PairingActivated;
import org.gongjian.events.pairing.PairingSnapshot;
import org.gongjian.events.pairing.PairingStatus;
import org.gongjian.events.pairing.PairingSuspended;
import org.gongjian.notification.Fixtures;
import org.gongjian.notification.Inboxes;
import org.gongjian.notification.Projections;
import org.gongjian.rest.Role;
import org.gongjian.testing.KafkaTopics;
import org.gongjian.testing.Tokens;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;

/** A person's inbox: their own notices only, unread filter, mark read, acknowledge. */
@QuarkusTest
class InboxTest {

    @Inject
    Projections projections;

    @Test
    void aLiaisonReadsAndAcknowledgesTheirOwnNoticesOnly() {
        String district = Fixtures.district();
        String mine = Fixtures.email("chen");
        String colleague = Fixtures.email("zhao");
        OrganizationSnapshot organ = Fixtures.organization(district, "区财政局党支部", Sector.ORGAN, "孙书记");
        OrganizationSnapshot enterprise = Fixtures.organization(district, "崇德科技党支部", Sector.NON_PUBLIC_ENTERPRISE,
                "何书记", Fixtures.liaison("陈静", mine), Fixtures.liaison("赵强", colleague));
        KafkaTopics.publish(new OrganizationRegistered(organ));
        KafkaTopics.publish(new OrganizationRegistered(enterprise));
        projections.awaitOrganizations(List.of(organ.id(), enterprise.id()));
        PairingSnapshot pairing = Fixtures.pairing(district, "财政局与崇德科技结对共建", PairingStatus.ACTIVE, 2,
                organ.id(), enterprise.id());
        KafkaTopics.publish(new PairingActivated(pairing));
        KafkaTopics.publish(new PairingSuspended(Fixtures.next(pairing, PairingStatus.SUSPENDED)));

        String me = Fixtures.liaisonToken(enterprise.id(), district, mine);
        Inboxes.awaitNotices(me, "PAIRING_SUSPENDED", pairing.id(), 1);
        String activated = (String) Inboxes.notices(me, "PAIRING_ACTIVATED", pairing.id()).get(0).get("id");
        String suspended = (String) Inboxes.notices(me, "PAIRING_SUSPENDED", pairing.id()).get(0).get("id");

        given().header("Authorization", me).queryParam("unread", true)
                .when().get("/api/notifications")
                .then().statusCode(200).body("total", is(2)).body("items.language", everyItem(is("zh-CN")))
                .body("items.subject.type", everyItem(is("pairing")));
        given().header("Authorization", me).when().post("/api/notifications/" + suspended + "/read")
                .then().statusCode(200).body("readAt", notNullValue());
        given().header("Authorization", me).queryParam("unread", true)
                .when().get("/api/notifications")
                .then().statusCode(200).body("total", is(1)).body("items[0].id", is(activated));

        String acknowledgedAt = given().header("Authorization", me).when().post("/api/notifications/" + activated + "/receipt")
                .then().statusCode(200).body("acknowledgedAt", notNullValue()).body("readAt", notNullValue())
                .body("receiptRequired", is(true)).extract().path("acknowledgedAt");
        // a second tap changes nothing: the same answer, the first time kept
        String again = given().header("Authorization", me).when().post("/api/notifications/" + activated + "/receipt")
                .then().statusCode(200).extract().path("acknowledgedAt");
        assertThat(java.time.OffsetDateTime.parse(again).toInstant())
                .isEqualTo(java.time.OffsetDateTime.parse(acknowledgedAt).toInstant());
        given().header("Authorization", me).when().post("/api/notifications/" + suspended + "/receipt")
                .then().statusCode(409).body("detail", is("该通知无需签收"));
        given().header("Authorization", me).header("Accept-Language", "en")
                .when().post("/api/notifications/" + suspended + "/receipt")
                .then().statusCode(409).body("detail", is("This notice asks for no receipt"));

        // a colleague, the organ's secretary and another organization do not see (or touch) my notices
        given().header("Authorization", Fixtures.liaisonToken(enterprise.id(), district, colleague))
                .when().post("/api/notifications/" + activated + "/read").then().statusCode(404);
        given().header("Authorization", Fixtures.secretaryToken(organ.id(), district))
                .when().post("/api/notifications/" + activated + "/receipt").then().statusCode(404);
        assertThat(Inboxes.notices(Fixtures.secretaryToken(organ.id(), district), "PAIRING_ACTIVATED", pairing.id()))
                .hasSize(1);
        // without an e-mail in the token, a liaison account sees the liaison notices of its organization
        assertThat(Inboxes.notices(Fixtures.liaisonToken(enterprise.id(), district, null), "PAIRING_ACTIVATED",
                pairing.id())).hasSize(2);
    }

    @Test
    void theInboxRefusesWhatItCannotAnswer() {
        String district = Fixtures.district();
        String me = Fixtures.liaisonToken(UUID.randomUUID(), district, Fixtures.email("x"));
        given().header("Authorization", me).queryParam("size", 500)
                .when().get("/api/notifications").then().statusCode(400).body("errors.field", hasItem("size"));
        given().header("Authorization", me).queryParam("sort", "title,asc")
                .when().get("/api/notifications").then().statusCode(400).body("errors.field", hasItem("sort"));
        given().header("Authorization", me).when().post("/api/notifications/not-a-uuid/read").then().statusCode(404);
        given().header("Authorization", me).when().post("/api/notifications/" + UUID.randomUUID() + "/read")
                .then().statusCode(404);
        given().header("Authorization", "Bearer " + Tokens.user("screen").roles("dashboard-reader").district(district).sign())
                .when().get("/api/notifications").then().statusCode(403);
        // whose inbox cannot be told: an account without a district, a liaison or secretary acting for no organization
        String noDistrict = Tokens.user("admin.nowhere").roles(Role.DISTRICT_ADMIN).bearer();
        given().header("Authorization", noDistrict).when().get("/api/notifications")
                .then().statusCode(403).body("detail", is("您的账号未关联任何区域"));
        given().header("Authorization", noDistrict).header("Accept-Language", "en")
                .when().post("/api/notifications/" + UUID.randomUUID() + "/read")
                .then().statusCode(403).body("detail", is("Your account has no district"));
        String noOrganization = Tokens.user("liaison.noorg").roles(Role.ENTERPRISE_CONTACT).district(district)
                .email(Fixtures.email("noorg")).bearer();
        given().header("Authorization", noOrganization).when().get("/api/notifications")
                .then().statusCode(403).body("detail", is("您的账号未代表任何组织"));
        given().header("Authorization", Tokens.user("secretary.noorg").roles(Role.BRANCH_SECRETARY).district(district)
                        .bearer()).header("Accept-Language", "en")
                .when().post("/api/notifications/" + UUID.randomUUID() + "/receipt")
                .then().statusCode(403).body("detail", is("Your account acts for no organization"));
        given().header("Authorization", Tokens.user("x").roles("enterprise-contact").district(district).expired().bearer())
                .when().get("/api/notifications").then().statusCode(401);
        given().when().get("/api/notifications").then().statusCode(401);
    }
}
