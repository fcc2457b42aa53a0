package org.gongjian.pairing.rest;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;

@QuarkusTest
class HealthTest {

    @Test
    void isReadyWithItsDatabaseAndAnEmptyOutbox() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", is("UP"))
                .body("checks.name", hasItems("outbox", "Database connections health check"));
    }

    @Test
    void exposesOutboxMetricsForPrometheus() {
        given().when().get("/q/metrics")
                .then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("gongjian_outbox_pending"));
    }

    @Test
    void publishesItsOpenApiDocument() {
        given().when().get("/q/openapi?format=json")
                .then().statusCode(200)
                .body("info.title", is("Gongjian pairing-service"));
    }
}
