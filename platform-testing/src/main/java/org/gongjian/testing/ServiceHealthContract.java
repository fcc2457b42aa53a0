package org.gongjian.testing;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;

/**
 * What every service answers to its operators, on its management interface only: ready with its database, outbox and
 * Kafka consumers, outbox metrics for Prometheus, its OpenAPI document, whose public paths are those of
 * {@code docs/api/<service>.paths} (see {@link PublicPaths}); on the public port none of these exists. A service's test
 * extends it and adds {@code @QuarkusTest}.
 */
public abstract class ServiceHealthContract {

    /** The management interface's paths that must not answer on the public port. */
    protected static final List<String> MANAGEMENT_PATHS = List.of("/q/health", "/q/health/ready", "/q/health/live",
            "/q/metrics", "/q/openapi", "/q/openapi?format=json", "/q/swagger-ui", "/q/swagger-ui/");

    /** A URL on the management interface of the application under test. */
    protected static String management(String path) {
        return Management.url(path);
    }

    /** Ready only once its Kafka consumers have joined their groups ({@code kafka-consumers}), so it may take a moment. */
    @Test
    void isReadyWithItsDatabaseAnEmptyOutboxAndItsConsumersInTheirGroups() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (given().when().get(management("/q/health/ready")).statusCode() != 200 && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        given().when().get(management("/q/health/ready"))
                .then().statusCode(200)
                .body("status", is("UP"))
                .body("checks.name", hasItems("outbox", "Database connections health check", "kafka-consumers"));
    }

    @Test
    void exposesOutboxMetricsForPrometheus() {
        given().when().get(management("/q/metrics"))
                .then().statusCode(200)
                .body(containsString("gongjian_outbox_pending"));
    }

    @Test
    void publishesItsOpenApiDocument() {
        String service = ConfigProvider.getConfig().getValue("quarkus.application.name", String.class);
        given().when().get(management("/q/openapi?format=json"))
                .then().statusCode(200)
                .body("info.title", is("Gongjian " + service));
    }

    @Test
    void itsPublicPathsAreTheOnesListedForTheGateway() {
        String service = ConfigProvider.getConfig().getValue("quarkus.application.name", String.class);
        List<String> documented = PublicPaths.of(given().when().get(management("/q/openapi?format=json"))
                .then().statusCode(200).extract().asString());
        Path file = PublicPaths.fileOf(service);
        if (Boolean.getBoolean(PublicPaths.WRITE)) {
            PublicPaths.write(file, service, documented);
        }
        assertThat(file + " lists the paths of the OpenAPI document (the gateway's route table test reads it);"
                        + " rewrite it with -D" + PublicPaths.WRITE + "=true and route new paths in the gateway",
                Files.exists(file) ? PublicPaths.read(file) : List.of(), is(documented));
    }

    @Test
    void servesSwaggerUiOnTheManagementInterface() {
        given().when().get(management("/q/swagger-ui/"))
                .then().statusCode(200);
    }

    @Test
    void answersNoneOfThemOnThePublicPort() {
        for (String path : MANAGEMENT_PATHS) {
            given().redirects().follow(false).when().get(path)
                    .then().statusCode(404);
        }
    }
}
