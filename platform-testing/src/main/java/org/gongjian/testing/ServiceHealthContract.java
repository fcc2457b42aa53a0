package org.gongjian.testing;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;

/**
 * What every service answers to its operators: ready with its database and outbox, outbox metrics for Prometheus,
 * its OpenAPI document. A service's test extends it and adds {@code @QuarkusTest}.
 */
public abstract class ServiceHealthContract {

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
                .body(containsString("gongjian_outbox_pending"));
    }

    @Test
    void publishesItsOpenApiDocument() {
        String service = ConfigProvider.getConfig().getValue("quarkus.application.name", String.class);
        given().when().get("/q/openapi?format=json")
                .then().statusCode(200)
                .body("info.title", is("Gongjian " + service));
    }
}
