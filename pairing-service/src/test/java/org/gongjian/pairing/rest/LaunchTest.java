package org.gongjian.pairing.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.gongjian.events.EventJson;
import org.gongjian.events.Topics;
import org.gongjian.events.organization.Sector;
import org.gongjian.events.pairing.LaunchHeld;
import org.gongjian.events.pairing.PairingActivated;
import org.gongjian.pairing.Fixtures;
import org.gongjian.testing.KafkaTopics;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.gongjian.pairing.Fixtures.pairingBody;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

/**
 * A launch after seed 004's (Xiangtan High-tech Zone): 9 organ and 12 enterprise organizations, and here 7 pairings
 * (one alliance, three one-to-many) that cover all 12 enterprises; the seed itself has 9 pairings
 * ({@code deploy/local} {@code Seed004}, exercised end to end by {@code DistrictScenarioE2E}).
 */
@QuarkusTest
class LaunchTest {

    private final Fixtures fx = new Fixtures();

    @Test
    void aLaunchActivatesSevenPairingsCoveringAllTwelveEnterprises() {
        UUID[] organs = fx.register(Sector.ORGAN,
                "湘潭高新区纪检监察党支部", "湘潭高新区办公室党支部", "湘潭高新区创业中心机关支部",
                "湘潭高新区科技创新局党支部", "湘潭高新区综合协调服务中心党支部", "湘潭高新区经济发展局党支部",
                "湘潭高新区建设局党支部", "湘潭高新区财政局党支部", "湘潭高新区党群工作部党支部");
        UUID[] firms = fx.register(Sector.NON_PUBLIC_ENTERPRISE,
                "嘉嘉美党支部", "重药控股湖南民生药业党支部", "永飞党支部", "恒创党支部", "千寻党支部",
                "湘潭易丰集团党总支", "迅达党委", "东方金谷党总支", "力合党支部", "崇德科技党支部",
                "健车汽车服务党支部", "万达商圈党支部");

        given().header("Authorization", fx.reader()).when().get("/api/pairings/coverage").then().statusCode(200)
                .body("twoNewTotal", is(12)).body("twoNewPaired", is(0)).body("unpaired.size()", is(12));

        List<String> pairings = new ArrayList<>();
        pairings.add(propose("纪检监察党支部与嘉嘉美党支部结对共建", "ONE_TO_ONE", organs[0], firms[0]));
        pairings.add(propose("办公室党支部与民生药业党支部结对共建", "ONE_TO_ONE", organs[1], firms[1]));
        pairings.add(propose("创业中心机关支部与永飞、恒创、千寻党支部结对共建", "ONE_TO_MANY", organs[2], firms[2], firms[3], firms[4]));
        pairings.add(propose("科技创新局党支部与易丰集团党总支结对共建", "ONE_TO_ONE", organs[3], firms[5]));
        pairings.add(propose("“三联三建”党建联盟", "ALLIANCE", organs[4], firms[6], firms[7]));
        pairings.add(propose("经济发展局党支部与力合、崇德科技党支部结对共建", "ONE_TO_MANY", organs[5], firms[8], firms[9]));
        pairings.add(propose("建设局党支部与健车、万达商圈党支部结对共建", "ONE_TO_MANY", organs[6], firms[10], firms[11]));

        String launchId = given().header("Authorization", fx.admin()).contentType(ContentType.JSON)
                .body(Map.of("title", "湘潭高新区机关党组织与“两新”党组织结对共建启动仪式", "heldOn", "2024-05-16",
                        "pairingIds", pairings))
                .when().post("/api/launches").then().statusCode(201)
                .body("pairingIds.size()", is(7)).extract().path("id");

        given().header("Authorization", fx.admin()).queryParam("status", "ACTIVE").queryParam("size", 50)
                .when().get("/api/pairings").then().statusCode(200).body("total", is(7))
                .body("items.launchId", everyItem(is(launchId)))
                .body("items.plaqueNo", everyItem(startsWith(fx.district.toUpperCase() + "-2024-")));
        given().header("Authorization", fx.admin()).when().get("/api/launches/" + launchId).then().statusCode(200)
                .body("heldOn", is("2024-05-16"));
        given().header("Authorization", fx.admin()).when().get("/api/launches").then().statusCode(200)
                .body("total", is(1)).body("items[0].id", is(launchId));

        given().header("Authorization", fx.reader()).when().get("/api/pairings/coverage").then().statusCode(200)
                .body("district", is(fx.district))
                .body("twoNewTotal", is(12)).body("twoNewPaired", is(12)).body("rate", is(1.0f))
                .body("unpaired.size()", is(0))
                .body("organs.size()", is(9))
                .body("organs.find { it.id == '" + organs[2] + "' }.partners", is(3))
                .body("organs.find { it.id == '" + organs[7] + "' }.partners", is(0))
                .body("pairingsByStatus.ACTIVE", is(7)).body("pairingsByStatus.PROPOSED", is(0));

        Set<String> ours = new HashSet<>(pairings);
        await().atMost(Duration.ofSeconds(30)).until(() -> activationsOf(ours).size() >= 7);
        List<ConsumerRecord<String, String>> activated = activationsOf(ours);
        assertThat(activated).hasSize(7);
        assertThat(activated).allSatisfy(record -> {
            PairingActivated event = (PairingActivated) EventJson.read(PairingActivated.TYPE, record.value());
            assertThat(event.pairing().launchId()).hasToString(launchId);
            assertThat(event.pairing().plaqueNo()).startsWith(fx.district.toUpperCase() + "-2024-");
        });
        assertThat(activated).extracting(ConsumerRecord::key).containsExactlyInAnyOrderElementsOf(ours);
        List<ConsumerRecord<String, String>> held = KafkaTopics.recordsOfType(Topics.PAIRING, LaunchHeld.TYPE, 1,
                Duration.ofSeconds(20)).stream().filter(record -> record.key().equals(launchId)).toList();
        assertThat(held).hasSize(1);
        assertThat(((LaunchHeld) EventJson.read(LaunchHeld.TYPE, held.get(0).value())).launch().pairingIds())
                .extracting(UUID::toString).containsExactlyElementsOf(pairings);
    }

    @Test
    void aLaunchActivatesAllOrNone() {
        UUID[] proposed = fx.proposedPair();
        UUID[] active = fx.activePair();
        given().header("Authorization", fx.admin()).contentType(ContentType.JSON)
                .body(Map.of("title", "启动仪式", "heldOn", "2025-05-16",
                        "pairingIds", List.of(proposed[0].toString(), active[0].toString())))
                .when().post("/api/launches").then().statusCode(409)
                .body("detail", containsString(active[0].toString()));
        UUID unknown = UUID.randomUUID();
        given().header("Authorization", fx.admin()).contentType(ContentType.JSON)
                .body(Map.of("title", "启动仪式", "heldOn", "2025-05-16",
                        "pairingIds", List.of(proposed[0].toString(), unknown.toString())))
                .when().post("/api/launches").then().statusCode(400)
                .body("errors.field", hasItem("pairingIds")).body("detail", containsString(unknown.toString()))
                .body("errors[0].message", is("您所在的区域没有这些结对：" + unknown));
        given().header("Authorization", fx.admin()).header("Accept-Language", "en").contentType(ContentType.JSON)
                .body(Map.of("title", "启动仪式", "heldOn", "2025-05-16",
                        "pairingIds", List.of(proposed[0].toString(), unknown.toString())))
                .when().post("/api/launches").then().statusCode(400)
                .body("errors[0].message", is("unknown pairings in your district: " + unknown));
        Map<String, Object> twice = Map.of("title", "启动仪式", "heldOn", "2025-05-16",
                "pairingIds", List.of(proposed[0].toString(), proposed[0].toString()));
        given().header("Authorization", fx.admin()).contentType(ContentType.JSON).body(twice)
                .when().post("/api/launches").then().statusCode(400)
                .body("errors[0].field", is("pairingIds")).body("errors[0].message", is("重复列出了同一个结对"));
        given().header("Authorization", fx.admin()).header("Accept-Language", "en").contentType(ContentType.JSON).body(twice)
                .when().post("/api/launches").then().statusCode(400)
                .body("errors[0].field", is("pairingIds")).body("errors[0].message", is("names a pairing more than once"));
        given().header("Authorization", fx.admin()).when().get("/api/pairings/" + proposed[0]).then()
                .body("status", is("PROPOSED"));
    }

    @Test
    void aLaunchIsTheCommitteesAndCoversOnlyItsDistrict() {
        UUID[] proposed = fx.proposedPair();
        Map<String, Object> body = Map.of("title", "启动仪式", "heldOn", "2025-05-16",
                "pairingIds", List.of(proposed[0].toString()));
        given().header("Authorization", fx.secretary(proposed[1])).contentType(ContentType.JSON).body(body)
                .when().post("/api/launches").then().statusCode(403);
        given().header("Authorization", new Fixtures().admin()).contentType(ContentType.JSON).body(body)
                .when().post("/api/launches").then().statusCode(400);
        given().header("Authorization", fx.admin()).contentType(ContentType.JSON)
                .body(Map.of("title", "启动仪式", "pairingIds", List.of()))
                .when().post("/api/launches").then().statusCode(400)
                .body("errors.field", hasItem("heldOn")).body("errors.field", hasItem("pairingIds"));
    }

    private String propose(String title, String type, UUID lead, UUID... partners) {
        return fx.propose(pairingBody(title, type, lead, partners)).statusCode(201).extract().path("id");
    }

    private static List<ConsumerRecord<String, String>> activationsOf(Set<String> pairingIds) {
        return KafkaTopics.recordsOfType(Topics.PAIRING, PairingActivated.TYPE, 0, Duration.ofSeconds(5)).stream()
                .filter(record -> pairingIds.contains(record.key())).toList();
    }
}
