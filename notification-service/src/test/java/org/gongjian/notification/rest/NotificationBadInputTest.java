package org.gongjian.notification.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import org.gongjian.notification.Fixtures;
import org.gongjian.testing.BadInputCorpus;
import org.gongjian.testing.DatabaseFingerprint;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The generated bad-input corpus over every write and every list of notification-service (see platform-testing). */
@QuarkusTest
class NotificationBadInputTest {

    @Inject
    DataSource dataSource;

    @Test
    void noBadInputAnswers5xxIsAcceptedOrChangesTheDatabase() throws Exception {
        String district = Fixtures.district();
        String secretary = Fixtures.secretaryToken(UUID.randomUUID(), district);
        String committee = Fixtures.committeeToken(district);

        BadInputCorpus.Figures figures = BadInputCorpus.of(Files.readString(Path.of("target/openapi/openapi.json")))
                .against(URI.create("http://localhost:" + RestAssured.port))
                .token(operation -> operation.contains("/api/receipts") ? committee : secretary)
                .query("GET /api/receipts", "pairingId", UUID.randomUUID().toString())
                .seed("POST /api/webhooks", Map.of("url", "https://hooks.example.cn/gongjian", "description", "OA 系统"))
                .seed("PUT /api/notification-preferences", Map.of("email", true, "webhook", false, "language", "zh-CN"))
                // Written only by consumers of other services' events and by the senders in the background
                .fingerprint(new DatabaseFingerprint(dataSource,
                        Set.of("organization", "pairing", "activity", "cadence_standing", "demand", "delivery",
                                "webhook_attempt")))
                .run();

        System.out.println(figures.summary());
        assertThat(figures.failures()).isEmpty();
        assertThat(figures.serverErrors()).isZero();
        assertThat(figures.requests()).isGreaterThan(100);
    }
}
