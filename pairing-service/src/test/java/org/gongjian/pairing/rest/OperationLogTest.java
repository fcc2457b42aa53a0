package org.gongjian.pairing.rest;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.gongjian.events.organization.OrganizationStatus;
import org.gongjian.events.organization.Sector;
import org.gongjian.pairing.Fixtures;
import org.gongjian.pairing.domain.Organization;
import org.gongjian.testing.OperationLogContract;
import org.gongjian.testing.ServiceOperationLogContract;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.gongjian.pairing.Fixtures.pairingBody;
import static org.hamcrest.Matchers.is;

/** The pairing service's operation log: every write recorded once, append-only, and independent of a rollback. */
@QuarkusTest
class OperationLogTest extends ServiceOperationLogContract {

    private final Fixtures fx = new Fixtures();

    @Override
    protected OperationLogContract seeded(OperationLogContract contract) {
        UUID[] pair = fx.proposedPair();
        return contract.token(fx.admin())
                .pathValues((template, name) -> template.startsWith("/api/pairings/") ? pair[0].toString() : null);
    }

    @Override
    protected List<String> operationsItMustHave() {
        return List.of("POST /api/launches", "POST /api/pairings/{id}/approval", "POST /api/demands/{id}/resolution",
                "POST /api/pairings/{pairingId}/evaluations");
    }

    @Test
    void aLaunchRolledBackHalfWayLeavesOnlyItsRefusalInTheLog() throws Exception {
        UUID[] good = fx.proposedPair();
        UUID[] bad = fx.proposedPair();
        fx.dissolve(bad[2], "嘉嘉美党支部", Sector.NON_PUBLIC_ENTERPRISE, 2);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> QuarkusTransaction
                .requiringNew().call(() -> Organization.<Organization>findById(bad[2]).status) == OrganizationStatus.DISSOLVED);
        long entriesBefore = count("SELECT count(*) FROM operation_log WHERE district = ?", fx.district);

        // the first pairing is activated and flushed, the second no longer can be: the whole launch rolls back
        given().header("Authorization", fx.admin()).contentType(ContentType.JSON)
                .body(Map.of("title", "启动仪式", "heldOn", "2025-05-16",
                        "pairingIds", List.of(good[0].toString(), bad[0].toString())))
                .when().post("/api/launches").then().statusCode(409);

        given().header("Authorization", fx.admin()).when().get("/api/pairings/" + good[0]).then()
                .body("status", is("PROPOSED")).body("plaqueNo", is((Object) null));
        given().header("Authorization", fx.admin()).when().get("/api/launches").then().body("total", is(0));
        assertThat(count("SELECT count(*) FROM outbox_event WHERE aggregateid = ? AND type = 'pairing.activated.v1'",
                good[0].toString())).isZero();
        assertThat(count("SELECT count(*) FROM operation_log WHERE district = ?", fx.district)).isEqualTo(entriesBefore + 1);
        given().header("Authorization", fx.admin()).when().get("/api/operation-log?size=1").then().statusCode(200)
                .body("items[0].action", is("POST /api/launches"))
                .body("items[0].outcome", is(409))
                .body("items[0].target", is((Object) null));
    }

    private long count(String sql, String value) throws Exception {
        try (Connection connection = dataSource().getConnection(); PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, value);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
