package org.gongjian.pairing.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.gongjian.events.Topics;
import org.gongjian.events.pairing.PairingActivated;
import org.gongjian.events.pairing.PairingConcluded;
import org.gongjian.events.pairing.PairingRejected;
import org.gongjian.events.pairing.PairingResumed;
import org.gongjian.events.pairing.PairingSuspended;
import org.gongjian.pairing.Fixtures;
import org.gongjian.pairing.service.TermEndJob;
import org.gongjian.testing.KafkaTopics;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.gongjian.pairing.Fixtures.pairingBody;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class PairingLifecycleTest {

    private final Fixtures fx = new Fixtures();

    @Inject
    TermEndJob termEnd;

    @Test
    void approvingAPairingMakesItActiveWithAPlaqueNumberUniqueInTheDistrictAndYear() {
        UUID[] first = fx.proposedPair();
        UUID[] second = fx.proposedPair();
        String year = String.valueOf(LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).getYear());
        String prefix = fx.district.toUpperCase() + "-" + year + "-";
        post(first[0], "approval", null).statusCode(200).body("status", is("ACTIVE"))
                .body("plaqueNo", is(prefix + "001")).body("launchId", nullValue()).header("ETag", "\"1\"");
        post(second[0], "approval", null).statusCode(200).body("plaqueNo", is(prefix + "002"));
        post(first[0], "approval", null).statusCode(409).contentType("application/problem+json");

        List<ConsumerRecord<String, String>> activated = KafkaTopics.recordsOfType(Topics.PAIRING,
                PairingActivated.TYPE, 2, Duration.ofSeconds(20));
        assertThat(activated).filteredOn(record -> record.key().equals(first[0].toString())).hasSize(1)
                .first().satisfies(record -> assertThat(record.value()).contains(prefix + "001"));
    }

    @Test
    void concurrentApprovalsNeverShareAPlaqueNumber() throws Exception {
        List<UUID> pairings = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            pairings.add(fx.proposedPair()[0]);
        }
        var pool = java.util.concurrent.Executors.newFixedThreadPool(6);
        try {
            List<java.util.concurrent.Future<String>> plaques = new java.util.ArrayList<>();
            for (UUID id : pairings) {
                plaques.add(pool.submit(() -> post(id, "approval", null).statusCode(200).extract().<String>path("plaqueNo")));
            }
            java.util.Set<String> distinct = new java.util.HashSet<>();
            for (var plaque : plaques) {
                distinct.add(plaque.get());
            }
            assertThat(distinct).hasSize(6).allMatch(plaque -> plaque.startsWith(fx.district.toUpperCase() + "-"));
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void aRefusedTransitionIsExplainedInTheCallersLanguage() {
        UUID[] pair = fx.activePair();
        post(pair[0], "approval", null).statusCode(409)
                .body("type", is("https://gongjian.org/problems/conflict"))
                .body("title", is("当前状态不允许该操作"))
                .body("detail", is("该结对进行中，不能批准；只有待批准的结对可以"));
        given().header("Authorization", fx.admin()).header("Accept-Language", "en").contentType(ContentType.JSON)
                .when().post("/api/pairings/" + pair[0] + "/approval").then().statusCode(409)
                .body("title", is("Not allowed in the current state"))
                .body("detail", is("Cannot approve a pairing that is active; it must be proposed"));
    }

    @Test
    void rejectionNeedsAReasonAndEndsTheProposal() {
        UUID[] pair = fx.proposedPair();
        post(pair[0], "rejection", Map.of()).statusCode(400).body("errors.field", hasItem("reason"));
        post(pair[0], "rejection", Map.of("reason", "  ")).statusCode(400).body("errors.field", hasItem("reason"));
        post(pair[0], "rejection", Map.of("reason", "双方共建内容重复")).statusCode(200)
                .body("status", is("REJECTED")).body("statusReason", is("双方共建内容重复"));
        post(pair[0], "approval", null).statusCode(409);
        post(pair[0], "suspension", Map.of("reason", "x")).statusCode(409);
        assertThat(KafkaTopics.recordsOfType(Topics.PAIRING, PairingRejected.TYPE, 1, Duration.ofSeconds(20)))
                .anyMatch(record -> record.key().equals(pair[0].toString()));
        // a rejected pairing no longer blocks its members from a new proposal
        fx.propose(pairingBody("重新申报", "ONE_TO_ONE", pair[1], pair[2])).statusCode(201);
    }

    @Test
    void anActivePairingIsSuspendedResumedAndConcluded() {
        UUID[] pair = fx.activePair();
        post(pair[0], "resumption", null).statusCode(409);
        post(pair[0], "suspension", Map.of("reason", "企业搬迁，暂停活动")).statusCode(200)
                .body("status", is("SUSPENDED")).body("statusReason", is("企业搬迁，暂停活动"));
        post(pair[0], "suspension", Map.of("reason", "again")).statusCode(409);
        post(pair[0], "resumption", null).statusCode(200).body("status", is("ACTIVE")).body("statusReason", nullValue());
        post(pair[0], "conclusion", Map.of()).statusCode(400).body("errors.field", hasItem("reason"));
        post(pair[0], "conclusion", Map.of("reason", "共建目标已完成")).statusCode(200)
                .body("status", is("CONCLUDED")).body("concludedOn", is(LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString()));
        post(pair[0], "resumption", null).statusCode(409);
        post(pair[0], "conclusion", Map.of("reason", "again")).statusCode(409);

        for (String type : List.of(PairingSuspended.TYPE, PairingResumed.TYPE, PairingConcluded.TYPE)) {
            assertThat(KafkaTopics.recordsOfType(Topics.PAIRING, type, 1, Duration.ofSeconds(20)))
                    .as(type).filteredOn(record -> record.key().equals(pair[0].toString())).hasSize(1);
        }
    }

    @Test
    void onlyTheCommitteeOfTheDistrictDecides() {
        UUID[] pair = fx.proposedPair();
        given().header("Authorization", fx.secretary(pair[1])).when().post("/api/pairings/" + pair[0] + "/approval")
                .then().statusCode(403);
        given().header("Authorization", fx.reader()).when().post("/api/pairings/" + pair[0] + "/approval")
                .then().statusCode(403);
        given().header("Authorization", new Fixtures().admin()).when().post("/api/pairings/" + pair[0] + "/approval")
                .then().statusCode(404);
        given().header("Authorization", fx.admin()).when().post("/api/pairings/" + UUID.randomUUID() + "/approval")
                .then().statusCode(404);
    }

    @Test
    void aTermThatEndsConcludesThePairingOnceOnItsOwn() {
        UUID lead = fx.organ("湘潭高新区经济发展局党支部");
        UUID partner = fx.enterprise("湘潭易丰集团党总支");
        Map<String, Object> body = new java.util.HashMap<>(pairingBody("到期结对", "ONE_TO_ONE", lead, partner));
        body.put("term", Map.of("start", "2023-01-01", "end", "2024-12-31"));
        String id = fx.propose(body).statusCode(201).extract().path("id");
        post(UUID.fromString(id), "approval", null).statusCode(200);

        assertThat(termEnd.concludeEndedTerms(LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")))).isGreaterThanOrEqualTo(1);
        termEnd.concludeEndedTerms(LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")));

        given().header("Authorization", fx.admin()).when().get("/api/pairings/" + id).then()
                .body("status", is("CONCLUDED")).body("concludedOn", is("2024-12-31"))
                .body("statusReason", is("共建期限已于 2024-12-31 届满"));
        assertThat(KafkaTopics.recordsOfType(Topics.PAIRING, PairingConcluded.TYPE, 1, Duration.ofSeconds(20)))
                .filteredOn(record -> record.key().equals(id)).hasSize(1);
    }

    private io.restassured.response.ValidatableResponse post(UUID id, String action, Object body) {
        var request = given().header("Authorization", fx.admin()).contentType(ContentType.JSON);
        if (body != null) {
            request = request.body(body);
        }
        return request.when().post("/api/pairings/" + id + "/" + action).then();
    }
}
