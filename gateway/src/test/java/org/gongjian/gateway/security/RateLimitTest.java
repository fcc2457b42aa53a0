package org.gongjian.gateway.security;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.gongjian.rest.Role;
import org.gongjian.testing.Tokens;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

@QuarkusTest
class RateLimitTest {

    @Test
    void aUserOverTheLimitGets429WithRetryAfterAndOthersAreUnaffected() {
        String greedy = Tokens.user("reader." + UUID.randomUUID()).roles(Role.DASHBOARD_READER).district("xiangtan-htz").bearer();
        Response refused = null;
        for (int i = 0; i < 80 && refused == null; i++) {
            Response response = given().header("Authorization", greedy).when().get("/api/pairings");
            if (response.statusCode() == 429) {
                refused = response;
            } else {
                assertThat(response.statusCode()).isEqualTo(200);
            }
        }
        assertThat(refused).as("the limit (burst 20, 10/s in tests) was reached").isNotNull();
        assertThat(refused.header("Retry-After")).isNotBlank();
        assertThat(Integer.parseInt(refused.header("Retry-After"))).isPositive();
        assertThat(refused.contentType()).contains("application/problem+json");
        assertThat(refused.jsonPath().getString("title")).isEqualTo("请求过于频繁，请稍后再试");

        String other = Tokens.user("reader." + UUID.randomUUID()).roles(Role.DASHBOARD_READER).district("xiangtan-htz").bearer();
        given().header("Authorization", other)
                .when().get("/api/pairings")
                .then().statusCode(200)
                .body("service", is("pairing-service"));
    }
}
