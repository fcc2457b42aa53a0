package org.gongjian.pairing.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.gongjian.events.Topics;
import org.gongjian.events.pairing.PairingEvaluationRequested;
import org.gongjian.pairing.Fixtures;
import org.gongjian.pairing.domain.Organization;
import org.gongjian.testing.KafkaTopics;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.gongjian.pairing.Fixtures.pairingBody;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;

/** Drafts open on their own at a term's end and at a year's end, once however many instances run the jobs. */
@QuarkusTest
class EvaluationDraftTest {

    private final Fixtures fx = new Fixtures();

    @Inject
    TermEndJob termEnd;

    @Inject
    YearEndEvaluationJob yearEnd;

    @Test
    void aDraftAppearsAtATermsEndExactlyOnceEvenWhenTwoInstancesRunTheJob() throws Exception {
        UUID lead = fx.organ("湘潭高新区财政局党支部");
        UUID partner = fx.enterprise("湘潭电机党委" + UUID.randomUUID().toString().substring(0, 4));
        Map<String, Object> body = new HashMap<>(pairingBody("财政局与湘电结对共建", "ONE_TO_ONE", lead, partner));
        body.put("term", Map.of("start", "2023-01-01", "end", "2024-12-31"));
        String id = fx.propose(body).statusCode(201).extract().path("id");
        given().header("Authorization", fx.admin()).when().post("/api/pairings/" + id + "/approval").then().statusCode(200);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));

        concurrently(() -> termEnd.concludeEndedTerms(today), () -> termEnd.concludeEndedTerms(today));
        termEnd.concludeEndedTerms(today);

        given().header("Authorization", fx.secretary(partner)).when().get("/api/pairings/" + id + "/evaluations")
                .then().statusCode(200).body("size()", is(1)).body("[0].status", is("DRAFT"))
                .body("[0].origin", is("TERM_END")).body("[0].periodEnd", is("2024-12-31"));
        assertThat(outboxCount(id)).isEqualTo(1);
        assertThat(KafkaTopics.recordsOfType(Topics.PAIRING, PairingEvaluationRequested.TYPE, 1, Duration.ofSeconds(20)))
                .filteredOn(record -> record.key().equals(id)).hasSize(1)
                .first().satisfies(record -> assertThat(record.value()).contains(lead.toString(), partner.toString()));
    }

    @Test
    void afterAYearEndsEveryRunningPairingGetsADraftOfThatYearOnce() throws Exception {
        UUID[] pair = fx.activePair();
        QuarkusTransaction.requiringNew().run(() -> Organization.getEntityManager()
                .createNativeQuery("UPDATE pairing SET activated_on = DATE '2020-05-16', term_start = DATE '2020-05-16' WHERE id = :id")
                .setParameter("id", pair[0]).executeUpdate());

        concurrently(() -> yearEnd.openYearEndDrafts(LocalDate.of(2021, 1, 1)),
                () -> yearEnd.openYearEndDrafts(LocalDate.of(2021, 1, 3)));
        assertThat(yearEnd.openYearEndDrafts(LocalDate.of(2021, 1, 4))).isZero();

        given().header("Authorization", fx.admin()).queryParam("status", "DRAFT").queryParam("year", 2020)
                .when().get("/api/pairings/evaluations").then().statusCode(200)
                .body("total", is(1)).body("items.origin", contains("YEAR_END"))
                .body("items.periodStart", contains("2020-05-16")).body("items.periodEnd", contains("2020-12-31"));
        assertThat(outboxCount(pair[0].toString())).isEqualTo(1);
    }

    private static void concurrently(Callable<?>... jobs) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(jobs.length);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (Callable<?> job : jobs) {
                running.add(pool.submit(job));
            }
            for (Future<?> future : running) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static int outboxCount(String pairingId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) Organization.getEntityManager()
                .createNativeQuery("SELECT count(*) FROM outbox_event WHERE aggregateid = :id AND type = :type")
                .setParameter("id", pairingId).setParameter("type", PairingEvaluationRequested.TYPE)
                .getSingleResult()).intValue());
    }
}
