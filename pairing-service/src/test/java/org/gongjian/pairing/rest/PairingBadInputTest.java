package org.gongjian.pairing.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.gongjian.pairing.Fixtures;
import org.gongjian.testing.BadInputCorpus;
import org.gongjian.testing.DatabaseFingerprint;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** The generated bad-input corpus over every write and every list of pairing-service (see platform-testing). */
@QuarkusTest
class PairingBadInputTest {

    @Inject
    DataSource dataSource;

    private final Fixtures fx = new Fixtures();

    @Test
    void noBadInputAnswers5xxIsAcceptedOrChangesTheDatabase() throws Exception {
        UUID[] edited = fx.proposedPair();
        UUID[] decided = fx.proposedPair();
        UUID[] active = fx.activePair();
        Map<String, Object> demand = Map.of("category", "人才", "title", "招聘", "detail", "需要两名会计", "dueOn", "2030-01-01");
        String demandId = given().header("Authorization", fx.liaison(active[2])).contentType(ContentType.JSON).body(demand)
                .when().post("/api/pairings/" + active[0] + "/demands").then().statusCode(201).extract().path("id");
        Map<String, Object> pairing = Fixtures.pairingBody("语料结对", "ONE_TO_ONE", edited[1], edited[2]);
        String admin = fx.admin();
        String liaison = fx.liaison(active[2]);

        BadInputCorpus.Figures figures = BadInputCorpus.of(Files.readString(Path.of("target/openapi/openapi.json")))
                .against(URI.create("http://localhost:" + RestAssured.port))
                .token(operation -> operation.equals("POST /api/pairings/{pairingId}/demands") ? liaison : admin)
                .pathValues((template, name) -> {
                    if (template.startsWith("/api/demands/")) {
                        return demandId;
                    }
                    if (name.equals("pairingId")) {
                        return active[0].toString();
                    }
                    return template.equals("/api/pairings/{id}") ? edited[0].toString() : decided[0].toString();
                })
                .seed("POST /api/pairings", pairing)
                .seed("PUT /api/pairings/{id}", pairing)
                .seed("POST /api/launches", Map.of("title", "启动仪式", "heldOn", "2025-06-01",
                        "pairingIds", List.of(decided[0].toString())))
                .seed("POST /api/pairings/{pairingId}/demands", demand)
                .seed("POST /api/pairings/{pairingId}/evaluations", Map.of("remarks", "良好", "periodStart", "2025-01-01",
                        "periodEnd", "2025-12-31"))
                .seed("POST /api/pairings/{id}/rejection", Map.of("reason", "不符合条件"))
                .seed("POST /api/pairings/{id}/suspension", Map.of("reason", "整改"))
                .seed("POST /api/pairings/{id}/conclusion", Map.of("reason", "期满"))
                .seed("POST /api/demands/{id}/acceptance", Map.of("note", "收到"))
                .seed("POST /api/demands/{id}/resolution", Map.of("resolution", "已解决"))
                .seed("POST /api/demands/{id}/rejection", Map.of("reason", "超出范围"))
                // Written only by consumers of other services' events
                .fingerprint(new DatabaseFingerprint(dataSource, Set.of("organization", "activity_record", "cadence_miss")))
                .run();

        System.out.println(figures.summary());
        assertThat(figures.failures()).isEmpty();
        assertThat(figures.serverErrors()).isZero();
        assertThat(figures.requests()).isGreaterThan(300);
    }
}
