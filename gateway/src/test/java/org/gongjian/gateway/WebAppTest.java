package org.gongjian.gateway;

import io.quarkus.test.junit.QuarkusTest;
import org.gongjian.rest.Role;
import org.gongjian.testing.Tokens;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

@QuarkusTest
class WebAppTest {

    @Test
    void theDashboardPageNeedsALogin() {
        given().redirects().follow(false)
                .when().get("/index.html")
                .then().statusCode(302)
                .header("Location", containsString("/protocol/openid-connect/auth"));
    }

    @Test
    void anAuthenticatedUserGetsThePageWithItsContentSecurityPolicy() {
        given().header("Authorization", Tokens.user("admin.web").roles(Role.DISTRICT_ADMIN).district("xiangtan-htz").bearer())
                .when().get("/")
                .then().statusCode(200)
                .contentType(containsString("text/html"))
                .header("Content-Security-Policy", containsString("script-src 'self'"))
                .body(containsString("结对共建工作台"));
    }

    @Test
    void thePageIsChineseAndMarksEveryFigureForBrowserTests() throws IOException {
        String page = resource("META-INF/resources/index.html");
        assertThat(page).contains("<html lang=\"zh-CN\">", "结对共建工作台");
        assertThat(page).contains("data-testid=\"organizations-total\"", "data-testid=\"coverage-paired\"",
                "data-testid=\"coverage-total\"", "data-testid=\"coverage-rate\"", "data-testid=\"pairings-by-status\"",
                "data-testid=\"activities-by-type\"", "data-testid=\"attendance-full\"", "data-testid=\"overdue-pairings\"",
                "data-testid=\"receipts-pending\"");
        assertThat(page).as("CSP allows no inline script").doesNotContain("<script>");
        assertThat(resource("META-INF/resources/app.js")).contains("/api/dashboard/overview");
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
