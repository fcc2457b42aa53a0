package org.gongjian.gateway.security;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.gongjian.rest.Role;
import org.gongjian.testing.Tokens;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

@QuarkusTest
class RateLimitTest {

    @Test
    void aUserOverTheLimitGets429WithRetryAfterAndOthersAreUnaffected() throws Exception {
        String greedy = Tokens.user("reader." + UUID.randomUUID()).roles(Role.DASHBOARD_READER).district("xiangtan-htz").bearer();
        List<Response> responses = burst(greedy, 40);
        assertThat(responses).extracting(Response::statusCode).containsOnly(200, 429);
        Response refused = responses.stream().filter(response -> response.statusCode() == 429).findFirst()
                .orElseThrow(() -> new AssertionError("the limit (burst 20, 1/s in tests) was not reached"));
        assertThat(Integer.parseInt(refused.header("Retry-After"))).isPositive();
        assertThat(refused.contentType()).contains("application/problem+json");
        assertThat(refused.jsonPath().getString("title")).isEqualTo("请求过于频繁，请稍后再试");
        assertThat(refused.jsonPath().getString("detail")).isEqualTo("请求过于频繁，请在 " + refused.header("Retry-After") + " 秒后重试");
        assertThat(refused.jsonPath().getString("type")).isEqualTo("https://gongjian.org/problems/too-many-requests");

        String other = Tokens.user("reader." + UUID.randomUUID()).roles(Role.DASHBOARD_READER).district("xiangtan-htz").bearer();
        given().header("Authorization", other)
                .when().get("/api/pairings")
                .then().statusCode(200)
                .body("service", is("pairing-service"));

        given().when().get(org.gongjian.testing.Management.url("/q/metrics"))
                .then().statusCode(200)
                .body(containsString("gongjian_gateway_rate_limited_total"));
    }

    /** Sends the requests from several threads at once, as a greedy client would. */
    private static List<Response> burst(String authorization, int count) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<Response>> sent = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                sent.add(threads.submit(() -> given().header("Authorization", authorization).when().get("/api/pairings")));
            }
            List<Response> responses = new ArrayList<>();
            for (Future<Response> response : sent) {
                responses.add(response.get(30, TimeUnit.SECONDS));
            }
            return responses;
        } finally {
            threads.shutdownNow();
        }
    }
}
