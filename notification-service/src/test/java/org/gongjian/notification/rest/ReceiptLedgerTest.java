package org.gongjian.notification.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
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

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;

/** The ledger's receipt rows: one per notice and recipient, as /api/receipts shows them. */
@QuarkusTest
class ReceiptLedgerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Inject
    Projections projections;

    @Test
    void receiptRowsEqualTheReceiptsOfThePairing() throws IOException {
        String district = Fixtures.district();
        String mine = Fixtures.email("chen");
        OrganizationSnapshot organ = Fixtures.organization(district, "区财政局党支部", Sector.ORGAN, "孙书记");
        OrganizationSnapshot enterprise = Fixtures.organization(district, "崇德科技党支部", Sector.NON_PUBLIC_ENTERPRISE,
                "何书记", Fixtures.liaison("陈静", mine), Fixtures.liaison("赵强", Fixtures.email("zhao")));
        KafkaTopics.publish(new OrganizationRegistered(organ));
        KafkaTopics.publish(new OrganizationRegistered(enterprise));
        projections.awaitOrganizations(List.of(organ.id(), enterprise.id()));
        PairingSnapshot pairing = Fixtures.pairing(district, "财政局与崇德科技结对共建", PairingStatus.ACTIVE, 2,
                organ.id(), enterprise.id());
        KafkaTopics.publish(new PairingActivated(pairing));
        String me = Fixtures.liaisonToken(enterprise.id(), district, mine);
        String notice = (String) Inboxes.awaitNotices(me, "PAIRING_ACTIVATED", pairing.id(), 1).get(0).get("id");
        given().header("Authorization", me).post("/api/notifications/" + notice + "/receipt").then().statusCode(200);

        String committee = Fixtures.committeeToken(district);
        List<Map<String, Object>> api = given().header("Authorization", committee).queryParam("pairingId", pairing.id())
                .get("/api/receipts").then().statusCode(200).extract().path("items");
        List<JsonNode> rows = rows(committee, TODAY.minusDays(1).toString(), TODAY.toString(), null);
        assertThat(rows).hasSize(api.size());
        for (Map<String, Object> receipt : api) {
            JsonNode row = rows.stream().filter(r -> r.get("id").asText().equals(receipt.get("noticeId"))).findFirst().orElseThrow();
            assertThat(row.get("acknowledged").asBoolean()).isEqualTo("ACKNOWLEDGED".equals(receipt.get("status")));
            assertThat(row.get("recipient").asText(null)).isEqualTo(receipt.get("recipientName"));
            assertThat(row.get("pairingTitle").asText()).isEqualTo("财政局与崇德科技结对共建");
        }
        assertThat(rows).filteredOn(r -> r.get("recipient").asText("").equals("陈静")).singleElement().satisfies(r -> {
            assertThat(r.get("organization").asText()).isEqualTo("崇德科技党支部");
            assertThat(r.get("acknowledgedOn").asText()).isEqualTo(TODAY.toString());
        });

        List<JsonNode> own = rows(Fixtures.secretaryToken(enterprise.id(), district), TODAY.minusDays(1).toString(),
                TODAY.toString(), null);
        assertThat(own).isNotEmpty().allSatisfy(r -> assertThat(r.get("organization").asText()).isEqualTo("崇德科技党支部"));
        given().header("Authorization", Fixtures.secretaryToken(enterprise.id(), district))
                .queryParam("from", TODAY.toString()).queryParam("to", TODAY.toString()).queryParam("organizationId", organ.id())
                .get("/api/receipts/ledger").then().statusCode(404);
        given().header("Authorization", Tokens.user("screen").roles("dashboard-reader").district(district).bearer())
                .queryParam("from", TODAY.toString()).queryParam("to", TODAY.toString())
                .get("/api/receipts/ledger").then().statusCode(403);
        given().header("Authorization", committee).queryParam("from", TODAY.toString()).queryParam("to", "2020-01-01")
                .get("/api/receipts/ledger").then().statusCode(400).body("errors.field", hasItem("to"));
    }

    private static List<JsonNode> rows(String token, String from, String to, String organizationId) throws IOException {
        var request = given().header("Authorization", token).queryParam("from", from).queryParam("to", to);
        if (organizationId != null) {
            request = request.queryParam("organizationId", organizationId);
        }
        String body = request.get("/api/receipts/ledger").then().statusCode(200).contentType("application/x-ndjson")
                .extract().asString();
        List<JsonNode> rows = new ArrayList<>();
        for (String line : body.split("\n")) {
            rows.add(JSON.readTree(line));
        }
        JsonNode trailer = rows.removeLast();
        assertThat(trailer.get("rows").asInt()).isEqualTo(rows.size());
        return rows;
    }
}
