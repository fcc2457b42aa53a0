package org.gongjian.registry.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.gongjian.registry.support.Sheets;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.gongjian.registry.support.Registry.admin;
import static org.gongjian.registry.support.Registry.newDistrict;
import static org.gongjian.registry.support.Sheets.enterpriseRow;
import static org.gongjian.registry.support.Sheets.upload;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

/**
 * An import that runs past its transaction timeout answers 503 and leaves nothing behind. The import is held up by
 * another transaction holding the district's lock on credit codes, longer than the (shortened) timeout.
 */
@QuarkusTest
@TestProfile(ImportTimeoutTest.ShortTimeout.class)
class ImportTimeoutTest {

    public static class ShortTimeout implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("gongjian.registry.import.timeout", "2");
        }
    }

    /** {@code Duplicates}' lock on the credit codes of a district (the first key of the pair). */
    private static final int CREDIT_CODE_LOCK = 0x67_6A_63_63;

    @Inject
    DataSource dataSource;

    private boolean waitingForLock(String district) throws Exception {
        try (Connection connection = dataSource.getConnection(); PreparedStatement waiting = connection.prepareStatement(
                "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted AND classid = ? "
                        + "AND objid = CAST(hashtext(?) AS oid)")) {
            waiting.setInt(1, CREDIT_CODE_LOCK);
            waiting.setString(2, district);
            try (ResultSet result = waiting.executeQuery()) {
                result.next();
                return result.getLong(1) > 0;
            }
        }
    }

    @Test
    void anImportPastItsTimeoutAnswers503AndImportsNothing() throws Exception {
        String district = newDistrict();
        String token = admin(district);
        byte[] sheet = Sheets.csv(List.of(enterpriseRow("湘潭超时一党支部"), enterpriseRow("湘潭超时二党支部")));
        CompletableFuture<ValidatableResponse> answer = new CompletableFuture<>();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement lock = connection.prepareStatement("SELECT pg_advisory_xact_lock(?, hashtext(?))")) {
                lock.setInt(1, CREDIT_CODE_LOCK);
                lock.setString(2, district);
                lock.executeQuery().close();
            }
            Thread upload = new Thread(() -> {
                try {
                    answer.complete(upload(token, "超时.csv", sheet, false));
                } catch (Throwable e) {
                    answer.completeExceptionally(e);
                }
            });
            upload.setContextClassLoader(Thread.currentThread().getContextClassLoader());
            upload.start();
            // the import waits for the lock (it cannot finish without it); hold it past the import's timeout of 2 s
            await().atMost(Duration.ofSeconds(60)).until(() -> answer.isDone() || waitingForLock(district));
            if (!answer.isDone()) {
                Thread.sleep(4_000);
            }
            connection.commit();
        }
        answer.get(60, java.util.concurrent.TimeUnit.SECONDS).statusCode(503).header("Retry-After", is("60"))
                .body("type", is("https://gongjian.org/problems/unavailable"))
                .body("detail", containsString("2"));

        try (Connection connection = dataSource.getConnection();
                PreparedStatement count = connection.prepareStatement("SELECT count(*) FROM organization WHERE district = ?")) {
            count.setString(1, district);
            try (ResultSet result = count.executeQuery()) {
                result.next();
                assertThat(result.getLong(1)).isZero();
            }
        }
    }
}
