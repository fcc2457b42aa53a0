package org.gongjian.activity.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import org.gongjian.activity.Fixtures;
import org.gongjian.testing.BadInputCorpus;
import org.gongjian.testing.DatabaseFingerprint;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The generated bad-input corpus over every write and every list of activity-service (see platform-testing). */
@QuarkusTest
class ActivityBadInputTest {

    @Inject
    DataSource dataSource;

    @Test
    void noBadInputAnswers5xxIsAcceptedOrChangesTheDatabase() throws Exception {
        Fixtures f = Fixtures.activePairing();
        String start = "2030-06-01T09:30:00+08:00";
        String end = "2030-06-01T11:30:00+08:00";
        String rescheduled = f.scheduled(start, end);
        String cancelled = f.scheduled(start, end);
        String completed = f.scheduled(start, end);
        String held = f.held("2025-06-01T09:30:00+08:00", "2025-06-01T11:30:00+08:00");
        String lead = f.leadSecretary();
        String partner = f.partnerSecretary();
        String admin = f.admin();

        BadInputCorpus.Figures figures = BadInputCorpus.of(Files.readString(Path.of("target/openapi/openapi.json")))
                .against(URI.create("http://localhost:" + RestAssured.port))
                .token(operation -> operation.contains("/stats") || operation.contains("/resolution") ? admin
                        : operation.contains("confirmation") || operation.contains("/dispute") ? partner : lead)
                .pathValues((template, name) -> {
                    if (template.startsWith("/api/pairings/")) {
                        return f.pairing.toString();
                    }
                    if (template.startsWith("/api/organizations/")) {
                        return f.lead.toString();
                    }
                    if (template.endsWith("/cancellation")) {
                        return cancelled;
                    }
                    if (template.endsWith("/completion")) {
                        return completed;
                    }
                    return template.equals("/api/activities/{id}") ? rescheduled : held;
                })
                .seed("POST /api/activities", f.activity(start, end))
                .seed("PUT /api/activities/{id}", f.activity(start, end))
                .seed("POST /api/activities/{id}/cancellation", Map.of("reason", "天气原因"))
                .seed("POST /api/activities/{id}/completion", f.completion())
                .seed("POST /api/activities/{id}/corrections", f.completion())
                .seed("POST /api/activities/{id}/dispute", Map.of("reason", "参加人数不实"))
                .seed("POST /api/activities/{id}/dispute/resolution", Map.of("outcome", "UPHELD", "reason", "经核实"))
                // Written only by consumers of other services' events
                .fingerprint(new DatabaseFingerprint(dataSource, Set.of("organization_view", "pairing_view")))
                .run();

        System.out.println(figures.summary());
        assertThat(figures.failures()).isEmpty();
        assertThat(figures.serverErrors()).isZero();
        assertThat(figures.requests()).isGreaterThan(300);
    }
}
