package org.gongjian.notification.rest;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.gongjian.events.organization.OrganizationRegistered;
import org.gongjian.events.organization.OrganizationSnapshot;
import org.gongjian.events.organization.Sector;
import org.gongjian.events.pairing.PairingConcluded;
import org.gongjian.events.pairing.PairingSnapshot;
import org.gongjian.events.pairing.PairingStatus;
import org.gongjian.notification.Fixtures;
import org.gongjian.notification.Inboxes;
import org.gongjian.notification.Projections;
import org.gongjian.rest.Role;
import org.gongjian.testing.KafkaTopics;
import org.gongjian.testing.Tokens;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

/** A person turns e-mail off and asks for English; the inbox stays on. */
@QuarkusTest
class PreferenceTest {

    @Inject
    Projections projections;

    @Inject
    EntityManager entityManager;

    @Test
    void preferencesOfAnAccountWithoutEmailOrContactAreRefusedInTheCallersLanguage() {
        String district = Fixtures.district();
        OrganizationSnapshot enterprise = Fixtures.organization(district, "高新仓储党支部", Sector.NON_PUBLIC_ENTERPRISE, "钱书记");
        KafkaTopics.publish(new OrganizationRegistered(enterprise));
        projections.awaitOrganizations(List.of(enterprise.id()));
        String anonymous = Tokens.user("liaison.noemail").roles(Role.ENTERPRISE_CONTACT).district(district)
                .org(enterprise.id()).bearer();
        given().header("Authorization", anonymous).when().get("/api/notification-preferences")
                .then().statusCode(409).body("detail", is("设置通知偏好需要您账号的电子邮箱地址"));
        given().header("Authorization", anonymous).header("Accept-Language", "en").when().get("/api/notification-preferences")
                .then().statusCode(409).body("detail", is("Preferences need the e-mail address of your account"));
    }

    @Test
    void preferencesOfAnAccountWithoutDistrictOrOrganizationAreRefused() {
        String noDistrict = Tokens.user("admin.nowhere").roles(Role.DISTRICT_ADMIN).email(Fixtures.email("nowhere")).bearer();
        given().header("Authorization", noDistrict).when().get("/api/notification-preferences")
                .then().statusCode(403).body("detail", is("您的账号未关联任何区域"));
        String noOrganization = Tokens.user("secretary.noorg").roles(Role.BRANCH_SECRETARY).district(Fixtures.district())
                .bearer();
        given().header("Authorization", noOrganization).header("If-Match", "\"0\"").header("Accept-Language", "en")
                .contentType(ContentType.JSON).body(Map.of("email", false, "webhook", true, "language", "en"))
                .when().put("/api/notification-preferences")
                .then().statusCode(403).body("detail", is("Your account acts for no organization"));
    }

    @Test
    void aLiaisonWhoPrefersEnglishWithoutEmailGetsEnglishNoticesInTheInboxOnly() {
        String district = Fixtures.district();
        String email = Fixtures.email("li");
        OrganizationSnapshot organ = Fixtures.organization(district, "区应急管理局党支部", Sector.ORGAN, "吴书记");
        OrganizationSnapshot enterprise = Fixtures.organization(district, "高新物流党支部", Sector.NON_PUBLIC_ENTERPRISE,
                "郑书记", Fixtures.liaison("李明", email));
        String me = Fixtures.liaisonToken(enterprise.id(), district, email);

        given().header("Authorization", me).when().get("/api/notification-preferences")
                .then().statusCode(200).header("ETag", "\"0\"")
                .body("inbox", is(true)).body("email", is(true)).body("webhook", is(true)).body("language", is("zh-CN"));
        given().header("Authorization", me).contentType(ContentType.JSON)
                .body(Map.of("email", false, "webhook", true, "language", "en"))
                .when().put("/api/notification-preferences").then().statusCode(428);
        given().header("Authorization", me).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(Map.of("email", false, "webhook", true, "language", "fr"))
                .when().put("/api/notification-preferences").then().statusCode(400).body("errors.field", hasItem("language"))
                .body("errors.find { it.field == 'language' }.message", is("须为 zh-CN 或 en"));
        given().header("Authorization", me).header("If-Match", "\"0\"").header("Accept-Language", "en")
                .contentType(ContentType.JSON).body(Map.of("email", false, "webhook", true, "language", "fr"))
                .when().put("/api/notification-preferences").then().statusCode(400)
                .body("errors.find { it.field == 'language' }.message", is("must be zh-CN or en"));
        given().header("Authorization", me).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(Map.of("email", false, "webhook", true, "language", "en"))
                .when().put("/api/notification-preferences").then().statusCode(200)
                .body("email", is(false)).body("language", is("en"));
        given().header("Authorization", me).header("If-Match", "\"7\"").contentType(ContentType.JSON)
                .body(Map.of("email", true, "webhook", true, "language", "en"))
                .when().put("/api/notification-preferences").then().statusCode(412);

        KafkaTopics.publish(new OrganizationRegistered(organ));
        KafkaTopics.publish(new OrganizationRegistered(enterprise));
        projections.awaitOrganizations(List.of(organ.id(), enterprise.id()));
        PairingSnapshot pairing = Fixtures.pairing(district, "应急局与高新物流结对共建", PairingStatus.CONCLUDED, 5,
                organ.id(), enterprise.id());
        KafkaTopics.publish(new PairingConcluded(pairing));

        Map<String, Object> notice = Inboxes.awaitNotices(me, "PAIRING_CONCLUDED", pairing.id(), 1).get(0);
        assertThat(notice.get("language")).isEqualTo("en");
        assertThat(notice.get("title")).isEqualTo("Pairing concluded: 应急局与高新物流结对共建");
        long emails = QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "SELECT count(*) FROM delivery WHERE channel = 'EMAIL' AND address = :address")
                .setParameter("address", email).getSingleResult()).longValue());
        assertThat(emails).isZero();
    }
}
