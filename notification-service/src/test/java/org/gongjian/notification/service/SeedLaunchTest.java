package org.gongjian.notification.service;

import com.icegreen.greenmail.util.GreenMail;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.gongjian.events.organization.OrganizationRegistered;
import org.gongjian.events.organization.OrganizationSnapshot;
import org.gongjian.events.organization.Sector;
import org.gongjian.events.pairing.LaunchHeld;
import org.gongjian.events.pairing.LaunchSnapshot;
import org.gongjian.events.pairing.PairingActivated;
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
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.awaitility.Awaitility.await;

/**
 * Seed 004: on 16 May the Xiangtan High-tech Zone paired 9 organ branches with 12 enterprise branches at one launch.
 * Each of the 12 enterprise liaisons receives exactly one activation notice per pairing it is in, in the inbox and
 * by e-mail; one enterprise is in two pairings and so receives two.
 */
@QuarkusTest
class SeedLaunchTest {

    private static final List<String> ORGANS = List.of("区纪检监察党支部", "区党政综合办党支部", "区经济发展局党支部",
            "区财政局党支部", "区自然资源分局党支部", "区社会事业局党支部", "区应急管理局党支部", "区市场监管分局党支部",
            "区政法委党支部");
    private static final List<String> ENTERPRISES = List.of("家家美党支部", "立和党支部", "湖南民生医药党支部",
            "崇德科技党支部", "建车汽服党支部", "万达商圈党支部", "电机集团党支部", "华菱线缆党支部", "智造谷党支部",
            "云龙数据党支部", "众创孵化党支部", "高新物流党支部");

    @Inject
    Projections projections;

    @Test
    void eachEnterpriseLiaisonGetsOneActivationNoticePerPairingInTheInboxAndByEmail() {
        String district = Fixtures.district();
        List<OrganizationSnapshot> organs = ORGANS.stream()
                .map(name -> Fixtures.organization(district, name, Sector.ORGAN, "张书记")).toList();
        List<OrganizationSnapshot> enterprises = new ArrayList<>();
        for (int i = 0; i < ENTERPRISES.size(); i++) {
            enterprises.add(Fixtures.organization(district, ENTERPRISES.get(i), Sector.NON_PUBLIC_ENTERPRISE, "李书记",
                    Fixtures.liaison("联络员" + (i + 1), Fixtures.email("liaison" + (i + 1)))));
        }
        List<OrganizationSnapshot> all = new ArrayList<>(organs);
        all.addAll(enterprises);
        assertThat(all).hasSize(21);
        all.forEach(organization -> KafkaTopics.publish(new OrganizationRegistered(organization)));
        projections.awaitOrganizations(all.stream().map(OrganizationSnapshot::id).toList());

        // organ i with enterprise i; organ 0 with enterprises 9 and 10; organ 1 with enterprises 11 and 0 (0 is in two)
        List<PairingSnapshot> pairings = new ArrayList<>();
        for (int i = 0; i < organs.size(); i++) {
            pairings.add(pairing(district, organs.get(i), enterprises.get(i)));
        }
        pairings.add(pairing(district, organs.get(0), enterprises.get(9), enterprises.get(10)));
        pairings.add(pairing(district, organs.get(1), enterprises.get(11), enterprises.get(0)));
        List<UUID> eventIds = pairings.stream().map(pairing -> KafkaTopics.publish(new PairingActivated(pairing))).toList();
        KafkaTopics.publish(new PairingActivated(pairings.get(0)), eventIds.get(0)); // redelivered
        KafkaTopics.publish(new LaunchHeld(new LaunchSnapshot(UUID.randomUUID(), district, "机关党组织与“两新”党组织结对共建启动仪式",
                LocalDate.of(2024, 5, 16), pairings.stream().map(PairingSnapshot::id).toList())));

        Map<String, Integer> expected = new HashMap<>();
        for (PairingSnapshot pairing : pairings) {
            for (OrganizationSnapshot enterprise : enterprises) {
                if (pairing.partnerIds().contains(enterprise.id())) {
                    expected.merge(enterprise.contacts().get(0).email(), 1, Integer::sum);
                }
            }
        }
        assertThat(expected).hasSize(12);
        assertThat(expected.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(13);

        for (OrganizationSnapshot enterprise : enterprises) {
            String email = enterprise.contacts().get(0).email();
            String token = Fixtures.liaisonToken(enterprise.id(), district, email);
            Inboxes.awaitNotices(token, "PAIRING_ACTIVATED", null, expected.get(email));
            List<Map<String, Object>> notices = Inboxes.notices(token, "PAIRING_ACTIVATED", null);
            assertThat(notices).as(email).hasSize(expected.get(email));
            assertThat(notices).allSatisfy(notice -> {
                assertThat(notice.get("receiptRequired")).isEqualTo(true);
                assertThat((String) notice.get("title")).startsWith("结对共建已正式启动");
            });
            assertThat(notices.stream().map(notice -> ((Map<?, ?>) notice.get("subject")).get("id")).distinct())
                    .hasSize(expected.get(email));
        }

        GreenMail mail = GreenMailResource.server();
        await().atMost(Duration.ofSeconds(30)).until(() -> mailsTo(mail, expected).equals(expected));
        // nothing more arrives: no doubles from the redelivered event
        await().pollDelay(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> true);
        assertThat(mailsTo(mail, expected)).isEqualTo(expected);

        assertThat(Inboxes.awaitNotices(Fixtures.committeeToken(district), "LAUNCH_HELD", null, 1)).hasSize(1);
        given().when().get(org.gongjian.testing.Management.url("/q/metrics")).then().statusCode(200)
                .body(containsString("gongjian_notification_notices_total{type=\"PAIRING_ACTIVATED\""))
                .body(containsString("gongjian_notification_deliveries_total{channel=\"EMAIL\",outcome=\"sent\""));
    }

    private static PairingSnapshot pairing(String district, OrganizationSnapshot lead, OrganizationSnapshot... partners) {
        return Fixtures.pairing(district, lead.name() + "与" + partners[0].name() + "结对共建", PairingStatus.ACTIVE, 2,
                lead.id(), Arrays.stream(partners).map(OrganizationSnapshot::id).toArray(UUID[]::new));
    }

    private static Map<String, Integer> mailsTo(GreenMail mail, Map<String, Integer> addresses) {
        Map<String, Integer> received = new HashMap<>();
        for (MimeMessage message : mail.getReceivedMessages()) {
            try {
                for (var recipient : message.getAllRecipients()) {
                    String address = ((InternetAddress) recipient).getAddress();
                    if (addresses.containsKey(address)) {
                        received.merge(address, 1, Integer::sum);
                    }
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return received;
    }
}
