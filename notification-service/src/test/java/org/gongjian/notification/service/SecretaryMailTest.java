package org.gongjian.notification.service;

import com.icegreen.greenmail.util.GreenMail;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.gongjian.events.organization.OrganizationKind;
import org.gongjian.events.organization.OrganizationRegistered;
import org.gongjian.events.organization.OrganizationSnapshot;
import org.gongjian.events.organization.OrganizationStatus;
import org.gongjian.events.organization.Sector;
import org.gongjian.events.pairing.PairingActivated;
import org.gongjian.events.pairing.PairingProposed;
import org.gongjian.events.pairing.PairingSnapshot;
import org.gongjian.events.pairing.PairingStatus;
import org.gongjian.notification.Fixtures;
import org.gongjian.notification.GreenMailResource;
import org.gongjian.notification.Inboxes;
import org.gongjian.notification.Projections;
import org.gongjian.testing.KafkaTopics;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A secretary's notices go by e-mail to the address the register holds for the secretary, per their preferences. */
@QuarkusTest
class SecretaryMailTest {

    @Inject
    Projections projections;

    private static OrganizationSnapshot organization(String district, String name, Sector sector, String secretary,
            String secretaryEmail, OrganizationSnapshot.Contact... contacts) {
        return new OrganizationSnapshot(UUID.randomUUID(), district, name, OrganizationKind.BRANCH, sector, null,
                new OrganizationSnapshot.HostUnit(name.replace("党支部", ""), null),
                new OrganizationSnapshot.Secretary(secretary, "13800000000", secretaryEmail), List.of(contacts),
                new OrganizationSnapshot.Members(12, 1), LocalDate.of(2015, 7, 1), List.of(), OrganizationStatus.ACTIVE,
                null, 1);
    }

    /** The subjects of the e-mails an address received. */
    private static List<String> subjectsTo(String address) {
        GreenMail mail = GreenMailResource.server();
        List<String> subjects = new ArrayList<>();
        for (MimeMessage message : mail.getReceivedMessages()) {
            try {
                for (var recipient : message.getAllRecipients()) {
                    if (((InternetAddress) recipient).getAddress().equalsIgnoreCase(address)) {
                        subjects.add(message.getSubject());
                    }
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return subjects;
    }

    @Test
    void secretariesGetTheirNoticesByEmailUnlessTheyTurnedEmailOff() {
        String district = Fixtures.district();
        String organSecretary = Fixtures.email("wu");
        String enterpriseSecretary = Fixtures.email("zheng");
        String liaison = Fixtures.email("li");
        OrganizationSnapshot organ = organization(district, "区应急管理局党支部", Sector.ORGAN, "吴书记",
                organSecretary.toUpperCase(Locale.ROOT));
        OrganizationSnapshot enterprise = organization(district, "高新物流党支部", Sector.NON_PUBLIC_ENTERPRISE, "郑书记",
                enterpriseSecretary, Fixtures.liaison("李明", liaison));
        KafkaTopics.publish(new OrganizationRegistered(organ));
        KafkaTopics.publish(new OrganizationRegistered(enterprise));
        projections.awaitOrganizations(List.of(organ.id(), enterprise.id()));

        PairingSnapshot proposed = Fixtures.pairing(district, "应急局与高新物流结对共建", PairingStatus.PROPOSED, 1,
                organ.id(), enterprise.id());
        KafkaTopics.publish(new PairingProposed(proposed));
        await().atMost(Duration.ofSeconds(30)).until(() ->
                subjectsTo(organSecretary).size() == 1 && subjectsTo(enterpriseSecretary).size() == 1);
        assertThat(subjectsTo(organSecretary).get(0)).contains("应急局与高新物流结对共建");
        assertThat(subjectsTo(liaison)).as("a proposal goes to the secretaries only").isEmpty();

        String secretaryToken = Fixtures.secretaryToken(enterprise.id(), district);
        given().header("Authorization", secretaryToken).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(Map.of("email", false, "webhook", true, "language", "zh-CN"))
                .when().put("/api/notification-preferences").then().statusCode(200);
        KafkaTopics.publish(new PairingActivated(Fixtures.next(proposed, PairingStatus.ACTIVE)));

        await().atMost(Duration.ofSeconds(30)).until(() ->
                subjectsTo(organSecretary).size() == 2 && subjectsTo(liaison).size() == 1);
        Inboxes.awaitNotices(secretaryToken, "PAIRING_ACTIVATED", proposed.id(), 1);
        await().pollDelay(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> true);
        assertThat(subjectsTo(enterpriseSecretary)).as("e-mail turned off: the inbox only").hasSize(1);
    }

    @Test
    void aLiaisonWhoSharesTheSecretarysAddressSeesOnlyTheLiaisonsNotices() {
        String district = Fixtures.district();
        String shared = Fixtures.email("shared");
        OrganizationSnapshot organ = organization(district, "区财政局党支部", Sector.ORGAN, "钱书记", null);
        OrganizationSnapshot enterprise = organization(district, "高新电子党支部", Sector.NON_PUBLIC_ENTERPRISE, "孙书记",
                shared, Fixtures.liaison("孙联络", shared));
        KafkaTopics.publish(new OrganizationRegistered(organ));
        KafkaTopics.publish(new OrganizationRegistered(enterprise));
        projections.awaitOrganizations(List.of(organ.id(), enterprise.id()));
        PairingSnapshot pairing = Fixtures.pairing(district, "财政局与高新电子结对共建", PairingStatus.ACTIVE, 2,
                organ.id(), enterprise.id());
        KafkaTopics.publish(new PairingActivated(pairing));

        String secretaryToken = Fixtures.secretaryToken(enterprise.id(), district);
        Inboxes.awaitNotices(secretaryToken, "PAIRING_ACTIVATED", pairing.id(), 1);
        List<Map<String, Object>> liaisonNotices = Inboxes.awaitNotices(
                Fixtures.liaisonToken(enterprise.id(), district, shared), "PAIRING_ACTIVATED", pairing.id(), 1);
        assertThat(liaisonNotices).singleElement().satisfies(notice ->
                assertThat(notice.get("receiptRequired")).isEqualTo(true));
        await().atMost(Duration.ofSeconds(30)).until(() -> subjectsTo(shared).size() == 2);
    }
}
