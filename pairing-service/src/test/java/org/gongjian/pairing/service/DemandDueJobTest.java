package org.gongjian.pairing.service;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.gongjian.events.EventJson;
import org.gongjian.events.Topics;
import org.gongjian.events.demand.DemandDueSoon;
import org.gongjian.events.demand.DemandOverdue;
import org.gongjian.events.demand.DemandStatus;
import org.gongjian.pairing.Fixtures;
import org.gongjian.testing.KafkaTopics;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class DemandDueJobTest {

    @Inject
    DemandDueJob job;
    @Inject
    Clock clock;

    private final Fixtures fx = new Fixtures();

    @Test
    void anUnansweredDemandIsRemindedOnceTwoDaysAheadAndToldOverdueOnceAfterItsDueDate() {
        LocalDate today = LocalDate.now(clock);
        UUID[] pair = fx.activePair();
        String dueSoon = raise(pair, today.plusDays(2), "用工对接");
        String later = raise(pair, today.plusDays(10), "融资对接");
        String answered = raise(pair, today.plusDays(1), "政策咨询");
        given().header("Authorization", fx.secretary(pair[1])).contentType(ContentType.JSON)
                .body(Map.of("resolution", "已答复")).when().post("/api/demands/" + answered + "/resolution")
                .then().statusCode(200);

        int versionBefore = version(dueSoon);

        race(today);
        race(today);
        race(today.plusDays(1));

        assertThat(toldOf(DemandDueSoon.TYPE, dueSoon, 1)).hasSize(1).first()
                .satisfies(event -> assertThat(((DemandDueSoon) event).demand().status()).isEqualTo(DemandStatus.OPEN));
        assertThat(toldOf(DemandDueSoon.TYPE, later, 0)).isEmpty();
        assertThat(toldOf(DemandDueSoon.TYPE, answered, 0)).isEmpty();
        assertThat(toldOf(DemandOverdue.TYPE, dueSoon, 0)).isEmpty();

        race(today.plusDays(3));
        race(today.plusDays(4));
        assertThat(toldOf(DemandOverdue.TYPE, dueSoon, 1)).hasSize(1);
        assertThat(toldOf(DemandOverdue.TYPE, answered, 0)).isEmpty();
        assertThat(toldOf(DemandDueSoon.TYPE, dueSoon, 1)).hasSize(1);
        assertThat(version(dueSoon)).as("telling of a demand leaves its version alone").isEqualTo(versionBefore);
    }

    private int version(String demandId) {
        return given().header("Authorization", fx.admin()).when().get("/api/demands/" + demandId).then().statusCode(200)
                .extract().path("version");
    }

    /** Two runs at once, as two instances would. */
    private void race(LocalDate today) {
        CompletableFuture<Integer> one = CompletableFuture.supplyAsync(() -> job.tellAsOf(today));
        CompletableFuture<Integer> two = CompletableFuture.supplyAsync(() -> job.tellAsOf(today));
        one.join();
        two.join();
    }

    private String raise(UUID[] pair, LocalDate dueOn, String title) {
        return given().header("Authorization", fx.liaison(pair[2])).contentType(ContentType.JSON)
                .body(Map.of("category", "HIRING", "title", title, "dueOn", dueOn.toString()))
                .when().post("/api/pairings/" + pair[0] + "/demands").then().statusCode(201).extract().path("id");
    }

    private static List<Object> toldOf(String type, String demandId, int atLeast) {
        List<ConsumerRecord<String, String>> records = KafkaTopics.recordsOfType(Topics.DEMAND, type, 0,
                Duration.ofSeconds(atLeast == 0 ? 1 : 20));
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (atLeast > 0 && records.stream().noneMatch(r -> r.key().equals(demandId)) && System.nanoTime() < deadline) {
            records = KafkaTopics.recordsOfType(Topics.DEMAND, type, 0, Duration.ofSeconds(1));
        }
        return records.stream().filter(r -> r.key().equals(demandId))
                .map(r -> (Object) EventJson.read(type, r.value())).toList();
    }
}
