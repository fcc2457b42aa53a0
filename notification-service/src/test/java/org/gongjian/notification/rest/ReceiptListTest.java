package org.gongjian.notification.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.gongjian.events.organization.OrganizationRegistered;
import org.gongjian.events.organization.OrganizationSnapshot;
import org.gongjian.events.organization.Sector;
import org.gongjian.events.pairing.PairingActivated;
import org.gongjian.events.pairing.PairingSnapshot;
import org.gongjian.events.pairing.PairingStatus;
import org.gongjian.notification.Fixtures;
import org.gongjian.notification.Inboxes;
import org.gongjian.notification.Projections;
import org.gongjian.testing.KafkaTopics;
import org.gongjian.testing.Tokens;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

/**
 * The committee's district-wide view of receipts: who has not acknowledged which pairing notice, the overdue ones (still
 * pending after the reminder delay) first; filtered by pairing, by status and to the overdue ones.
 */
@QuarkusTest
class ReceiptListTest {

    @Inject
    Projections projections;

    private static ValidatableResponse receipts(String token, Map<String, ?> query) {
        return given().header("Authorization", token).queryParams(query).when().get("/api/receipts").then();
    }

    @Test
    void theDistrictsPendingReceiptsListOverdueFirstWithTheirPairingAndNotice() {
        String district = Fixtures.district();
        String first = Fixtures.email("first");
        String second = Fixtures.email("second");
        OrganizationSnapshot organ = Fixtures.organization(district, "区人社局党支部", Sector.ORGAN, "胡书记");
        OrganizationSnapshot early = Fixtures.organization(district, "湘潭电缆党支部", Sector.NON_PUBLIC_ENTERPRISE,
                "谢书记", Fixtures.liaison("唐一", first));
        OrganizationSnapshot late = Fixtures.organization(district, "湘潭精工党支部", Sector.NON_PUBLIC_ENTERPRISE,
                "邓书记", Fixtures.liaison("唐二", second));
        for (OrganizationSnapshot o : List.of(organ, early, late)) {
            KafkaTopics.publish(new OrganizationRegistered(o));
        }
        projections.awaitOrganizations(List.of(organ.id(), early.id(), late.id()));
        PairingSnapshot overdue = Fixtures.pairing(district, "人社局与电缆结对共建", PairingStatus.ACTIVE, 1, organ.id(), early.id());
        PairingSnapshot recent = Fixtures.pairing(district, "人社局与精工结对共建", PairingStatus.ACTIVE, 1, organ.id(), late.id());
        KafkaTopics.publish(new PairingActivated(overdue));
        KafkaTopics.publish(new PairingActivated(recent));
        String committee = Fixtures.committeeToken(district);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> receipts(committee, Map.of()).statusCode(200).body("total", is(6)));

        // the first pairing's notices went out four days ago; the second's liaison has acknowledged its own
        projections.update("UPDATE notice SET created_at = created_at - interval '4 days' WHERE subject_id = :pairing",
                Map.of("pairing", overdue.id()));
        Map<String, Object> own = Inboxes.awaitNotices(Fixtures.liaisonToken(late.id(), district, second),
                "PAIRING_ACTIVATED", recent.id(), 1).get(0);
        given().header("Authorization", Fixtures.liaisonToken(late.id(), district, second))
                .when().post("/api/notifications/" + own.get("id") + "/receipt").then().statusCode(200);

        receipts(committee, Map.of("status", "PENDING")).statusCode(200)
                .body("total", is(5))
                .body("items[0].pairingId", is(overdue.id().toString()))
                .body("items[0].overdue", is(true))
                .body("items[0].title", is("结对共建已正式启动：人社局与电缆结对共建"))
                .body("items[0].status", is("PENDING"))
                .body("items[4].pairingId", is(recent.id().toString()))
                .body("items[4].overdue", is(false));
        receipts(committee, Map.of("overdue", "true")).statusCode(200)
                .body("total", is(3))
                .body("items.pairingId", everyItem(is(overdue.id().toString())))
                .body("items.recipientName", hasItem("唐一"));
        receipts(committee, Map.of("status", "ACKNOWLEDGED")).statusCode(200)
                .body("total", is(1)).body("items[0].recipientName", is("唐二")).body("items[0].overdue", is(false));
        receipts(committee, Map.of("pairingId", recent.id(), "status", "PENDING")).statusCode(200).body("total", is(2));
        receipts(Fixtures.committeeToken(Fixtures.district()), Map.of()).statusCode(200).body("total", is(0));
        receipts(Tokens.user("city.li").roles("city-admin").bearer(), Map.of("district", district, "overdue", "true"))
                .statusCode(200).body("total", is(3));
        // a city administrator whose account has a district and who names none reads that district
        receipts(Tokens.user("city.li").roles("city-admin").district(district).bearer(), Map.of("overdue", "true"))
                .statusCode(200).body("total", is(3));
    }

    @Test
    void badFiltersAreNamed() {
        String committee = Fixtures.committeeToken(Fixtures.district());
        receipts(committee, Map.of("status", "LOST")).statusCode(400).body("errors[0].field", is("status"));
        receipts(committee, Map.of("overdue", "maybe")).statusCode(400).body("errors[0].field", is("overdue"));
        receipts(committee, Map.of("pairingId", "x")).statusCode(400).body("errors[0].field", is("pairingId"));
        receipts(committee, Map.of("sort", "secret,asc")).statusCode(400).body("errors[0].field", is("sort"));
        receipts(committee, Map.of("pairingId", UUID.randomUUID())).statusCode(404);
        receipts(Tokens.user("city.li").roles("city-admin").bearer(), Map.of()).statusCode(400)
                .body("errors[0].field", is("district"));
    }
}
