package org.gongjian.activity.service;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.gongjian.activity.Fixtures;
import org.gongjian.activity.TestClock;
import org.gongjian.events.EventJson;
import org.gongjian.events.Topics;
import org.gongjian.events.cadence.CadenceAtRisk;
import org.gongjian.events.cadence.CadenceMissed;
import org.gongjian.events.pairing.CadencePeriod;
import org.gongjian.testing.KafkaTopics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

@QuarkusTest
class CadenceJobTest {

    @Inject
    CadenceJob job;

    @Inject
    TestClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void aMonthlyPairingWithNoActivityIsAtRiskThenMissedExactlyOnceEachEvenWithRacingRuns() {
        Fixtures f = Fixtures.activePairing("cad-" + UUID.randomUUID().toString().substring(0, 8),
                LocalDate.of(2025, 6, 1), 1, CadencePeriod.MONTH);

        clock.set(Instant.parse("2025-06-10T02:00:00Z"));
        race(Instant.parse("2025-06-10T02:00:00Z"));
        given().header("Authorization", f.admin()).queryParam("pairingId", f.pairing).queryParam("period", "2025-06")
                .get("/api/cadence").then().statusCode(200).body("items[0].status", is("IN_PROGRESS"))
                .body("items[0].required", is(1)).body("items[0].held", is(0));

        Instant lastWeek = Instant.parse("2025-06-25T02:00:00Z");
        clock.set(lastWeek);
        race(lastWeek);
        race(lastWeek.plus(Duration.ofDays(2)));
        given().header("Authorization", f.leadSecretary()).queryParam("pairingId", f.pairing)
                .get("/api/cadence").then().statusCode(200).body("items[0].status", is("AT_RISK"))
                .body("items[0].period", is("2025-06")).body("items[0].periodEnd", is("2025-07-01"));

        Instant july = Instant.parse("2025-07-01T01:00:00Z");
        race(july);
        race(july.plus(Duration.ofDays(3)));

        List<ConsumerRecord<String, String>> atRisk = mine(CadenceAtRisk.TYPE, f);
        List<ConsumerRecord<String, String>> missed = mine(CadenceMissed.TYPE, f);
        assertThat(atRisk).hasSize(1);
        assertThat(missed).hasSize(1);
        CadenceMissed event = (CadenceMissed) EventJson.read(CadenceMissed.TYPE, missed.get(0).value());
        assertThat(event.period().periodStart()).isEqualTo(LocalDate.of(2025, 6, 1));
        assertThat(event.period().periodEnd()).isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(event.period().memberIds()).containsExactly(f.lead, f.partner);
        assertThat(event.period().held()).isZero();
        clock.set(july);
        given().header("Authorization", f.admin()).queryParam("pairingId", f.pairing).queryParam("period", "2025-06")
                .get("/api/cadence").then().body("items[0].status", is("MISSED"));
    }

    @Test
    void aPairingWhoseActivityThePartnerConfirmedIsNeitherWarnedNorOverdue() {
        Fixtures f = Fixtures.activePairing("cad-" + UUID.randomUUID().toString().substring(0, 8),
                LocalDate.of(2025, 6, 1), 1, CadencePeriod.MONTH);
        clock.set(Instant.parse("2025-06-10T02:00:00Z"));
        f.kept("2025-06-05T09:30:00+08:00", "2025-06-05T11:30:00+08:00");
        job.check(Instant.parse("2025-06-26T02:00:00Z"));
        job.check(Instant.parse("2025-07-02T02:00:00Z"));
        clock.set(Instant.parse("2025-07-02T02:00:00Z"));
        given().header("Authorization", f.admin()).queryParam("pairingId", f.pairing).queryParam("period", "2025-06")
                .get("/api/cadence").then().body("items[0].status", is("OK")).body("items[0].held", is(1))
                .body("items[0].kept", is(1)).body("items[0].confirmed", is(1)).body("items[0].awaitingConfirmation", is(0));
        assertThat(KafkaTopics.records(Topics.CADENCE, 0, Duration.ofMillis(500), Duration.ofSeconds(5)))
                .noneMatch(r -> f.pairing.toString().equals(r.key()));
        given().header("Authorization", f.admin()).queryParam("period", "2025-13").get("/api/cadence")
                .then().statusCode(400);
        given().header("Authorization", f.outsiderSecretary()).queryParam("pairingId", f.pairing).get("/api/cadence")
                .then().statusCode(404);
    }

    @Test
    void anActivityOneSideReportedButThePartnerNeverConfirmedLeavesThePeriodMissed() {
        Fixtures f = Fixtures.activePairing("cad-" + UUID.randomUUID().toString().substring(0, 8),
                LocalDate.of(2025, 6, 1), 1, CadencePeriod.MONTH);
        clock.set(Instant.parse("2025-06-10T02:00:00Z"));
        f.held("2025-06-05T09:30:00+08:00", "2025-06-05T11:30:00+08:00");
        job.check(Instant.parse("2025-06-26T02:00:00Z"));
        job.check(Instant.parse("2025-07-02T02:00:00Z"));
        clock.set(Instant.parse("2025-07-02T02:00:00Z"));
        given().header("Authorization", f.admin()).queryParam("pairingId", f.pairing).queryParam("period", "2025-06")
                .get("/api/cadence").then().body("items[0].status", is("MISSED")).body("items[0].held", is(1))
                .body("items[0].kept", is(0)).body("items[0].awaitingConfirmation", is(1));
        assertThat(mine(CadenceAtRisk.TYPE, f)).hasSize(1);
        List<ConsumerRecord<String, String>> missed = mine(CadenceMissed.TYPE, f);
        assertThat(missed).hasSize(1);
        CadenceMissed event = (CadenceMissed) EventJson.read(CadenceMissed.TYPE, missed.get(0).value());
        assertThat(event.period().held()).isEqualTo(1);
        assertThat(event.period().confirmed()).isZero();
    }

    /** Two runs at once, as two instances would: threads started here share the application's class loader. */
    private void race(Instant now) {
        ExecutorService instances = Executors.newFixedThreadPool(2);
        try {
            CompletableFuture<Integer> one = CompletableFuture.supplyAsync(() -> job.check(now), instances);
            CompletableFuture<Integer> two = CompletableFuture.supplyAsync(() -> job.check(now), instances);
            one.join();
            two.join();
        } finally {
            instances.shutdown();
        }
    }

    private static List<ConsumerRecord<String, String>> mine(String type, Fixtures f) {
        return KafkaTopics.recordsOfType(Topics.CADENCE, type, 1, Duration.ofSeconds(20)).stream()
                .filter(r -> f.pairing.toString().equals(r.key())).toList();
    }
}
